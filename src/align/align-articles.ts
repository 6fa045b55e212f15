// Finds the syndicated copies of the briefing's newly saved articles: for each of their sentences, the
// sentences elsewhere in the briefing that share a sketch hash are compared word by word, and pairs
// similar enough are stored with their word-level differences.
import type { BriefingStore, SketchCandidates, StoredSentence } from '../store/store.ts';
import type { SentenceAlignment } from './align-types.ts';
import { displayWords } from '../core/normalize.ts';
import { sharedWords } from '../core/sorted-bag.ts';
import { diffSimilarity, diffWords } from './diff-words.ts';
import { SKETCH_SIZE } from './sketch-sentence.ts';

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

/**
 * Sentences (with their words) and sketch hashes (with their sentences) kept from one chunk to the next:
 * a story's copies are candidates of each other in every chunk that holds one of them. Past this many
 * sentences, or SKETCH_SIZE hashes for each, the cache starts again. Hashes used to have the sentences'
 * limit, which a quarter as many sentences reached: at 10,000 articles the cache started again every 30
 * chunks, and reading and splitting candidates into it was a quarter of align's profile. With these limits a re-alignment of
 * the 10,000-article bench store took 30.6 and 35.2 s against 37.1 and 42.4 s, for 20 MB more at its peak.
 */
const CACHED_SENTENCES = 200_000;
const CACHED_HASHES = SKETCH_SIZE * CACHED_SENTENCES;

export function alignArticles(store: BriefingStore, briefing: string): { articles: number; alignments: number } {
  const pending = store.unalignedArticles(briefing);
  const cache = new SentenceCache(new Map(pending.map((article, i) => [article.id, Math.floor(i / CHUNK)])));
  let total = 0;
  for (let i = 0; i < pending.length; i += CHUNK) {
    const chunk = pending.slice(i, i + CHUNK);
    const thisChunk = i / CHUNK;
    cache.forgetIfFull();
    const found: SentenceAlignment[] = [];
    // a pair met from both of its articles is compared once, whatever the outcome
    const compared = new Set<number>();
    const candidates = store.sketchCandidates(briefing, chunk.map((article) => article.id), cache.postings);
    const wanted = new Set<number>();
    for (const list of candidates.values()) for (const id of worthComparing(list)) if (!cache.has(id)) wanted.add(id);
    for (const sentence of store.sentencesByIds([...wanted])) cache.add(sentence);
    for (const article of chunk) {
      for (const stored of store.sentences(briefing, article.id)) {
        const sentence = cache.add(stored);
        for (const id of worthComparing(candidates.get(stored.id))) {
          const other = cache.get(id);
          // saving a later chunk replaces every alignment of its articles, this pair's too: it is judged there
          if (!other || other.chunk > thisChunk) continue;
          if (other.articleId === sentence.articleId && other.paragraph === sentence.paragraph) continue;
          const [source, copy] = orderBySource(sentence, other);
          // only a pair of two sentences of this chunk can be met twice
          if (other.chunk === thisChunk) {
            const key = source.id * 2 ** 26 + copy.id;
            if (compared.has(key)) continue;
            compared.add(key);
          }
          const alignment = compareWords(source, copy);
          if (alignment) found.push(alignment);
        }
      }
    }
    store.saveAlignments(briefing, chunk.map((article) => article.id), found);
    total += found.length;
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

/**
 * What align needs of a stored sentence, with its lower-case words as ids of the cache's vocabulary, in
 * order and sorted (its bag of words). Made in one place, so that every one has the same shape: the
 * comparison loop reads these fields for each candidate.
 */
interface SentenceWords {
  id: number;
  articleId: number;
  file: string;
  index: number;
  paragraph: number;
  text: string;
  ids: Int32Array;
  bag: Int32Array;
  /** The chunk that aligns the sentence's article; -1 for an article aligned by an earlier run. */
  chunk: number;
}

class SentenceCache {
  /** The sentences of each sketch hash met so far: no article is saved while the alignment runs. */
  readonly postings = new Map<number, number[]>();
  private readonly sentences = new Map<number, SentenceWords>();
  private readonly vocabulary = new Map<string, number>();

  /** `chunkOf`: the chunk of each article this run aligns. */
  constructor(private readonly chunkOf: Map<number, number>) {}

  /** Called between chunks, never inside one: a chunk's sentences stay while it is compared. */
  forgetIfFull(): void {
    if (this.sentences.size < CACHED_SENTENCES && this.postings.size < CACHED_HASHES) return;
    this.sentences.clear();
    this.vocabulary.clear();
    this.postings.clear();
  }

  has(id: number): boolean {
    return this.sentences.has(id);
  }

  get(id: number): SentenceWords | undefined {
    return this.sentences.get(id);
  }

  add(sentence: StoredSentence): SentenceWords {
    const known = this.sentences.get(sentence.id);
    if (known) return known;
    // the words as written are not kept: only the few pairs that reach the diff need them again
    const words = displayWords(sentence.text);
    const ids = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] as string).toLowerCase();
      let id = this.vocabulary.get(word);
      if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
      ids[i] = id;
    }
    const { id, articleId, file, index, paragraph, text } = sentence;
    const cached = { id, articleId, file, index, paragraph, text, ids, bag: ids.slice().sort(), chunk: this.chunkOf.get(articleId) ?? -1 };
    this.sentences.set(sentence.id, cached);
    return cached;
  }
}

function compareWords(from: SentenceWords, to: SentenceWords): SentenceAlignment | null {
  const total = from.ids.length + to.ids.length;
  // Dice cannot reach the threshold when the lengths alone differ too much: skip the diff
  if ((2 * Math.min(from.ids.length, to.ids.length)) / total < MIN_SIMILARITY) return null;
  // nor when the words shared regardless of order (an upper bound of the common subsequence) are too few
  const common = sharedWords(from.bag, to.bag);
  if ((2 * common) / total < MIN_SIMILARITY) return null;
  const verbatim = (): SentenceAlignment => ({ sourceSentence: from.id, copySentence: to.id, similarity: 1, kind: 'copy', ops: [] });
  if (sameIds(from.ids, to.ids)) return verbatim();
  const ops = diffWords(displayWords(from.text), displayWords(to.text), from.ids, to.ids);
  const similarity = diffSimilarity(ops, from.ids.length, to.ids.length);
  if (similarity < MIN_SIMILARITY) return null;
  // the words differ only in case
  if (ops.every((op) => op.op === 'equal')) return verbatim();
  return { sourceSentence: from.id, copySentence: to.id, similarity, kind: 'rewrite', ops };
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Which of two aligned sentences is the original. Scraped files carry no reliable publication time, so the
 * briefing's order stands in for it: the article that comes first (file names of scrapes are usually
 * numbered or dated), and within one article the earlier sentence.
 */
function orderBySource<T extends Pick<StoredSentence, 'file' | 'index'>>(a: T, b: T): [T, T] {
  if (a.file !== b.file) return a.file < b.file ? [a, b] : [b, a];
  return a.index < b.index ? [a, b] : [b, a];
}
