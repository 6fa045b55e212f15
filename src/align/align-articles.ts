// Finds the syndicated copies of the briefing's newly saved articles: for each of their sentences, the
// sentences elsewhere in the briefing that share a sketch hash are compared word by word, and pairs
// similar enough are stored with their word-level differences.
import type { BriefingStore, StoredSentence } from '../store/store.ts';
import type { SentenceAlignment } from './align-types.ts';
import { diffSimilarity, diffWords, displayWords } from './diff-words.ts';

/** A rewrite keeps at least this share of its words (Dice); below it two sentences merely share a phrase. */
export const MIN_SIMILARITY = 0.6;

export function alignArticles(store: BriefingStore, briefing: string): { articles: number; alignments: number } {
  const pending = store.unalignedArticles(briefing);
  if (pending.length === 0) return { articles: 0, alignments: 0 };
  const found = new Map<string, SentenceAlignment>();
  for (const article of pending) {
    const own = store.sentences(briefing, article.id);
    const candidates = store.sketchCandidates(briefing, own.map((sentence) => sentence.id));
    const others = new Map(store.sentencesByIds([...new Set([...candidates.values()].flat())]).map((s) => [s.id, s]));
    for (const sentence of own) {
      for (const otherId of candidates.get(sentence.id) ?? []) {
        const other = others.get(otherId);
        if (!other || (other.articleId === sentence.articleId && other.paragraph === sentence.paragraph)) continue;
        const [source, copy] = orderBySource(sentence, other);
        const key = `${source.id}:${copy.id}`;
        if (found.has(key)) continue;
        const alignment = compareSentences(source, copy);
        if (alignment) found.set(key, alignment);
      }
    }
  }
  store.saveAlignments(briefing, pending.map((article) => article.id), [...found.values()]);
  return { articles: pending.length, alignments: found.size };
}

export function compareSentences(source: StoredSentence, copy: StoredSentence): SentenceAlignment | null {
  const from = displayWords(source.text);
  const to = displayWords(copy.text);
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
