// Finds the syndicated copies of the briefing's newly saved articles: for each of their sentences, the
// sentences elsewhere in the briefing that share a sketch hash are compared word by word, and pairs
// similar enough are stored with their word-level differences.
import type { BriefingStore, StoredSentence } from '../store/store.ts';
import type { SentenceAlignment } from './align-types.ts';
import { diffSimilarity, diffWords, displayWords } from './diff-words.ts';

/** A rewrite keeps at least this share of its words (Dice); below it two sentences merely share a phrase. */
export const MIN_SIMILARITY = 0.6;
/**
 * Candidates compared per sentence, those sharing the most sketch hashes first. A stock sentence that
 * recurs in hundreds of articles would otherwise cost hundreds of word diffs each time it appears.
 */
export const MAX_CANDIDATES = 40;
/** Articles whose alignments are saved together: memory stays flat however many articles arrive. */
const CHUNK = 100;

export function alignArticles(store: BriefingStore, briefing: string): { articles: number; alignments: number } {
  const pending = store.unalignedArticles(briefing);
  let total = 0;
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const found = new Map<string, SentenceAlignment>();
    const words = new Map<number, string[]>();
    const wordsOf = (sentence: StoredSentence) => {
      let cached = words.get(sentence.id);
      if (!cached) words.set(sentence.id, (cached = displayWords(sentence.text)));
      return cached;
    };
    for (const article of chunk) {
      const own = store.sentences(briefing, article.id);
      const candidates = store.sketchCandidates(briefing, article.id);
      const wanted = [...candidates.values()].flatMap((list) => list.slice(0, MAX_CANDIDATES).map((c) => c.id));
      const others = new Map(store.sentencesByIds([...new Set(wanted)]).map((s) => [s.id, s]));
      for (const sentence of own) {
        for (const { id } of (candidates.get(sentence.id) ?? []).slice(0, MAX_CANDIDATES)) {
          const other = others.get(id);
          if (!other || (other.articleId === sentence.articleId && other.paragraph === sentence.paragraph)) continue;
          const [source, copy] = orderBySource(sentence, other);
          const key = `${source.id}:${copy.id}`;
          if (found.has(key)) continue;
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

function compareWords(source: StoredSentence, copy: StoredSentence, from: string[], to: string[]): SentenceAlignment | null {
  // Dice cannot reach the threshold when the lengths alone differ too much: skip the diff
  if ((2 * Math.min(from.length, to.length)) / (from.length + to.length) < MIN_SIMILARITY) return null;
  const ops = diffWords(from, to);
  const similarity = diffSimilarity(ops, from.length, to.length);
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
