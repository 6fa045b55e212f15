// Finds the syndicated copies of the briefing's newly saved articles: for each of their sentences, the
// sentences elsewhere in the briefing that share a sketch hash are compared word by word, and pairs
// similar enough are stored with their word-level differences.
import type { BriefingStore, SketchCandidates, StoredSentence } from '../store/store.ts';
import type { SentenceAlignment } from './align-types.ts';
import { diffSimilarity, diffWords, displayWords } from './diff-words.ts';

/** A rewrite keeps at least this share of its words (Dice); below it two sentences merely share a phrase. */
export const MIN_SIMILARITY = 0.6;
/**
 * Candidates compared per sentence, those sharing the most sketch hashes first. A stock sentence that
 * recurs in hundreds of articles would otherwise cost hundreds of word diffs each time it appears.
 */
export const MAX_CANDIDATES = 40;
/**
 * Of those, candidates that share only one hash. One shared 3-gram is most often a stock phrase ("said
 * in a statement that the"), and at 500 articles such candidates were 70% of the comparisons but 2% of
 * the alignments found.
 */
export const MAX_WEAK_CANDIDATES = 8;
/**
 * Articles whose alignments are saved together: memory stays flat however many articles arrive. A chunk
 * looks each sketch hash up once, so larger chunks are faster, but what a chunk keeps (candidate
 * sentences and their words) outlives V8's young generation: at 100, 2,000 articles peaked at 1,153 MB
 * in the benchmark, at 50 at 998 MB, about 15% slower to align.
 */
const CHUNK = 50;

export function alignArticles(store: BriefingStore, briefing: string): { articles: number; alignments: number } {
  const pending = store.unalignedArticles(briefing);
  let total = 0;
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const found = new Map<string, SentenceAlignment>();
    // a pair met from both of its articles is compared once, whatever the outcome
    const compared = new Set<string>();
    const words = new Map<number, SentenceWords>();
    const wordsOf = (sentence: StoredSentence) => {
      let cached = words.get(sentence.id);
      if (!cached) words.set(sentence.id, (cached = sentenceWords(sentence.text)));
      return cached;
    };
    const candidates = store.sketchCandidates(briefing, chunk.map((article) => article.id));
    const wanted = new Set<number>();
    for (const list of candidates.values()) for (const id of worthComparing(list)) wanted.add(id);
    const others = new Map(store.sentencesByIds([...wanted]).map((s) => [s.id, s]));
    for (const article of chunk) {
      for (const sentence of store.sentences(briefing, article.id)) {
        for (const id of worthComparing(candidates.get(sentence.id))) {
          const other = others.get(id);
          if (!other || (other.articleId === sentence.articleId && other.paragraph === sentence.paragraph)) continue;
          const [source, copy] = orderBySource(sentence, other);
          const key = `${source.id}:${copy.id}`;
          if (compared.has(key)) continue;
          compared.add(key);
          const alignment = compareWords(source, copy, wordsOf(source), wordsOf(copy));
          if (alignment) found.set(key, alignment);
        }
      }
    }
    store.saveAlignments(briefing, chunk.map((article) => article.id), [...found.values()]);
    total += found.size;
  }
  return { articles: pending.length, alignments: total };
}

/** The ids of the candidates to compare, strongest first: see MAX_CANDIDATES and MAX_WEAK_CANDIDATES. */
export function worthComparing(candidates?: SketchCandidates): Int32Array {
  if (!candidates) return new Int32Array(0);
  const { ids, shared } = candidates;
  let end = 0;
  let weak = 0;
  while (end < ids.length && end < MAX_CANDIDATES && (shared[end] !== 1 || ++weak <= MAX_WEAK_CANDIDATES)) end++;
  return ids.subarray(0, end);
}

interface SentenceWords {
  display: string[];
  lower: string[];
  counts: Map<string, number>;
}

function sentenceWords(text: string): SentenceWords {
  const display = displayWords(text);
  const lower = display.map((word) => word.toLowerCase());
  const counts = new Map<string, number>();
  for (const word of lower) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { display, lower, counts };
}

function compareWords(source: StoredSentence, copy: StoredSentence, from: SentenceWords, to: SentenceWords): SentenceAlignment | null {
  const total = from.lower.length + to.lower.length;
  // Dice cannot reach the threshold when the lengths alone differ too much: skip the diff
  if ((2 * Math.min(from.lower.length, to.lower.length)) / total < MIN_SIMILARITY) return null;
  // nor when the words shared regardless of order (an upper bound of the common subsequence) are too few
  let common = 0;
  for (const [word, count] of from.counts) common += Math.min(count, to.counts.get(word) ?? 0);
  if ((2 * common) / total < MIN_SIMILARITY) return null;
  if (common === from.lower.length && common === to.lower.length && from.lower.every((word, i) => word === to.lower[i])) {
    return { sourceSentence: source.id, copySentence: copy.id, similarity: 1, kind: 'copy', ops: [{ op: 'equal', words: [...to.display] }] };
  }
  const ops = diffWords(from.display, to.display);
  const similarity = diffSimilarity(ops, from.lower.length, to.lower.length);
  if (similarity < MIN_SIMILARITY) return null;
  const verbatim = ops.every((op) => op.op === 'equal');
  return { sourceSentence: source.id, copySentence: copy.id, similarity: verbatim ? 1 : similarity, kind: verbatim ? 'copy' : 'rewrite', ops };
}

/**
 * Which of two aligned sentences is the original. Scraped files carry no reliable publication time, so the
 * briefing's order stands in for it: the article that comes first (file names of scrapes are usually
 * numbered or dated), and within one article the earlier sentence.
 */
function orderBySource(a: StoredSentence, b: StoredSentence): [StoredSentence, StoredSentence] {
  if (a.file !== b.file) return a.file < b.file ? [a, b] : [b, a];
  return a.index < b.index ? [a, b] : [b, a];
}
