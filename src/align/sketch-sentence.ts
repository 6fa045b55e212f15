// A sentence's sketch: the k smallest hashes of its word 3-grams (a bottom-k MinHash). Two copies of a
// wire sentence share most 3-grams even after a rewrite ("rebels said they had no plan" / "militants
// said they had no plan"), so they almost always share one of these few hashes, and the store can find
// candidate copies by hash instead of comparing every pair of sentences.
import { wordTokens } from '../core/normalize.ts';

export const SKETCH_SIZE = 4;
/** Shorter sentences ("They have to.") are too common to say anything about syndication. */
export const MIN_ALIGN_WORDS = 6;
const SHINGLE = 3;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

export function sketchSentence(text: string): number[] {
  const words = wordTokens(text);
  if (words.length < MIN_ALIGN_WORDS) return [];
  const smallest: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) keepSmallest(smallest, shingleHash(words, i));
  return smallest;
}

/**
 * 32-bit FNV-1a of the shingle's words joined by single spaces ("said they had"), signed so that SQLite
 * stores it as a small integer. Stored sketches are compared with new ones: the hash must never change.
 * The joined string is not built: ingest hashes every 3-gram of every sentence.
 */
function shingleHash(words: string[], start: number): number {
  let hash = FNV_OFFSET;
  for (let w = start; w < start + SHINGLE; w++) {
    if (w > start) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
    const word = words[w] as string;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  }
  return hash | 0;
}

/** Adds a hash to the ascending list of the SKETCH_SIZE smallest distinct hashes seen so far. */
function keepSmallest(smallest: number[], hash: number): void {
  if (smallest.length === SKETCH_SIZE && hash >= (smallest[SKETCH_SIZE - 1] as number)) return;
  let at = smallest.length;
  while (at > 0 && (smallest[at - 1] as number) > hash) at--;
  if (at > 0 && smallest[at - 1] === hash) return;
  smallest.splice(at, 0, hash);
  if (smallest.length > SKETCH_SIZE) smallest.pop();
}
