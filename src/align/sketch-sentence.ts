// A sentence's sketch: the k smallest hashes of its word 3-grams (a bottom-k MinHash). Two copies of a
// wire sentence share most 3-grams even after a rewrite ("rebels said they had no plan" / "militants
// said they had no plan"), so they almost always share one of these few hashes, and the store can find
// candidate copies by hash instead of comparing every pair of sentences.
import { wordTokens } from '../core/normalize.ts';

export const SKETCH_SIZE = 4;
/** Shorter sentences ("They have to.") are too common to say anything about syndication. */
export const MIN_ALIGN_WORDS = 6;
const SHINGLE = 3;

export function sketchSentence(text: string): number[] {
  const words = wordTokens(text);
  if (words.length < MIN_ALIGN_WORDS) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** 32-bit FNV-1a, signed so that SQLite stores it as a small integer. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
