// An extractive, cited summary of a briefing (or of the part of it about a topic), in four steps:
//   1. candidates: one per copy cluster (a wire sentence and its rewrites), in the cluster's source
//      wording, cleaned of a leading connective, if it reads out of its article;
//   2. concepts: content words, pairs of adjacent content words and figures, each weighted by how many
//      outlets use it in their own words (an outlet's syndicated copy counts for less);
//   3. selection: budgeted maximum coverage of those concepts, greedy by gain per word, the gain scaled
//      by how central the sentence is (outlets carrying it, lead position, needing no context). A
//      covered concept adds nothing, so repetition across syndicated copies is not rewarded; a
//      content-word overlap cap keeps out what coverage alone would let through;
//   4. order: by where the facts stand in the stories, so that it reads from the news down.
import { countWords, wordTokens } from '../core/normalize.ts';
import type { StoredSentence } from '../store/store.ts';
import type { SummaryAnswer } from './answer-types.ts';
import { type BriefingView, citationsOf } from './briefing-view.ts';
import { contentOverlap, contentTerms, stem } from './term-vectors.ts';

export const DEFAULT_SUMMARY_WORDS = 150;
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const MIN_WORDS = env('MINW', 8);
const MAX_WORDS = env('MAXW', 45);
/** Gain is divided by words^this: dense sentences win, without starving long informative ones. */
const LENGTH_PENALTY = env('LP', 0.6);
/** Above this content-word overlap with a chosen sentence a candidate is a repetition, whatever its score. */
const MAX_OVERLAP = env('OV', 0.3);
const COPY_CREDIT = env('CC', 0.5);
const BIGRAM = env('BG', 1);
const UNIGRAM = env('UG', 1);
const FIGURE = env('FG', 1);
const LEAD = env('LEAD', 1);
const SPREAD = env('SPREAD', 0.25);
const IDF = env('IDF', 0);
const POWER = env('POW', 1);
const TAU = env('TAU', 0);

interface Candidate {
  sentence: StoredSentence;
  text: string;
  words: number;
  outlets: number;
  /** Relative position in the article (0 = top) and the index among its body sentences, best over the copies. */
  position: number;
  rank: number;
  concepts: Set<string>;
}

export function summarize(view: BriefingView, options: { words?: number; topic?: string | null } = {}): SummaryAnswer {
  const budget = options.words ?? DEFAULT_SUMMARY_WORDS;
  const topic = options.topic?.trim() || null;
  const candidates = pickCandidates(view, topic);
  const weights = conceptWeights(view, topic ? new Set(candidates.flatMap((c) => view.clusterOf.get(c.sentence.id) ?? [c.sentence.id])) : null);

  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  let words = 0;
  const open = new Set(candidates.keys());
  while (open.size > 0) {
    let best = -1;
    let bestGain = 0;
    for (const i of open) {
      const c = candidates[i] as Candidate;
      if (words + c.words > budget || chosen.some((other) => contentOverlap(c.text, other.text) > MAX_OVERLAP)) {
        open.delete(i);
        continue;
      }
      const gain = (marginalGain(c.concepts, covered, weights) * spreadOf(c) * standsAlone(c) * leadOf(c)) / Math.pow(c.words, LENGTH_PENALTY);
      if (gain > bestGain) [best, bestGain] = [i, gain];
    }
    if (best < 0) break;
    const pick = candidates[best] as Candidate;
    chosen.push(pick);
    for (const concept of pick.concepts) covered.add(concept);
    open.delete(best);
    words += pick.words;
  }
  const ordered = chosen.sort((a, b) => a.position - b.position);
  return {
    kind: 'summary',
    briefing: view.briefing,
    topic,
    sentences: ordered.map((c) => ({ text: c.text, sources: citationsOf(view, c.sentence) })),
    words,
  };
}

/** "the amnesty offer was issued" -> amnesty, offer, issu, "amnesty offer", "offer issu"; "250,000" -> #250000. */
export function conceptsOf(text: string): Set<string> {
  const terms = contentTerms(text);
  const concepts = new Set<string>();
  if (UNIGRAM > 0) for (const term of terms) concepts.add(term);
  if (BIGRAM > 0) for (let i = 1; i < terms.length; i++) concepts.add(`${terms[i - 1]} ${terms[i]}`);
  if (FIGURE > 0) for (const word of wordTokens(text)) if (/\d/.test(word)) concepts.add(`#${word.replace(/[^\d.]/g, '')}`);
  return concepts;
}

const kindOf = (concept: string): number => (concept.startsWith('#') ? FIGURE : concept.includes(' ') ? BIGRAM : UNIGRAM);

/**
 * How central a concept is: the number of outlets that use it, an outlet counting fully when it uses it
 * in a sentence of its own and COPY_CREDIT when only in wire copy it shares with another outlet.
 */
function conceptWeights(view: BriefingView, only: Set<number> | null): Map<string, number> {
  const copied = new Set<number>();
  for (const { sourceSentence, copySentence } of view.alignments) {
    if (view.sentenceById.get(sourceSentence)?.articleId !== view.sentenceById.get(copySentence)?.articleId) copied.add(copySentence);
  }
  const credit = new Map<string, Map<number, number>>();
  const sentenceCount = new Map<string, number>();
  let total = 0;
  for (const sentence of view.sentences) {
    if (only && !only.has(sentence.id)) continue;
    total++;
    const value = copied.has(sentence.id) ? COPY_CREDIT : 1;
    for (const concept of conceptsOf(sentence.text)) {
      sentenceCount.set(concept, (sentenceCount.get(concept) ?? 0) + 1);
      const byArticle = credit.get(concept) ?? new Map<number, number>();
      byArticle.set(sentence.articleId, Math.max(byArticle.get(sentence.articleId) ?? 0, value));
      credit.set(concept, byArticle);
    }
  }
  const weights = new Map<string, number>();
  for (const [concept, byArticle] of credit) {
    let outlets = 0;
    for (const value of byArticle.values()) outlets += value;
    const idf = IDF > 0 ? Math.pow(Math.log(1 + total / (sentenceCount.get(concept) ?? 1)), IDF) : 1;
    weights.set(concept, kindOf(concept) * Math.pow(outlets, POWER) * idf);
  }
  return weights;
}

function marginalGain(concepts: Set<string>, covered: Set<string>, weights: Map<string, number>): number {
  let gain = 0;
  for (const concept of concepts) if (!covered.has(concept)) gain += weights.get(concept) ?? 0;
  return gain;
}

/** One candidate per copy cluster: its source wording, carried by how many outlets, and where it stands. */
function pickCandidates(view: BriefingView, topic: string | null): Candidate[] {
  const topicStems = topic ? new Set(contentTerms(topic).map(stem)) : null;
  const copies = new Set(view.alignments.map((a) => a.copySentence));
  const lengths = new Map<number, number>();
  const bodyRank = new Map<number, number>();
  const bodySeen = new Map<number, number>();
  for (const s of view.sentences) {
    lengths.set(s.articleId, Math.max(lengths.get(s.articleId) ?? 0, s.index + 1));
    if (s.kind === 'body') {
      const seen = bodySeen.get(s.articleId) ?? 0;
      bodyRank.set(s.id, seen);
      bodySeen.set(s.articleId, seen + 1);
    }
  }
  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  for (const sentence of view.sentences) {
    if (seen.has(sentence.id)) continue;
    const cluster = (view.clusterOf.get(sentence.id) ?? [sentence.id]).map((id) => view.sentenceById.get(id) as StoredSentence);
    for (const member of cluster) seen.add(member.id);
    const usable = cluster.filter(readsAlone).sort((a, b) => Number(copies.has(a.id)) - Number(copies.has(b.id)));
    const best = usable[0];
    if (!best) continue;
    if (topicStems && !contentTerms(cluster.map((s) => s.text).join(' ')).some((term) => topicStems.has(term))) continue;
    const text = cleanSentence(best.text);
    candidates.push({
      sentence: best,
      text,
      words: countWords(text),
      outlets: new Set(cluster.map((s) => s.file)).size,
      position: Math.min(...cluster.map((s) => s.index / (lengths.get(s.articleId) ?? 1))),
      rank: Math.min(...cluster.map((s) => bodyRank.get(s.id) ?? Infinity)),
      concepts: conceptsOf(text),
    });
  }
  return candidates;
}

/** "However, rebels said ..." -> "Rebels said ...": a connective that points at a sentence we do not show. */
function cleanSentence(text: string): string {
  const stripped = text.replace(/^(however|meanwhile|but|and|still|yet|also|moreover|furthermore|in addition|instead),?\s+/i, '');
  return stripped === text ? text : stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/** A sentence that makes sense out of its article: a whole body sentence, not a question or a quote fragment. */
function readsAlone(sentence: StoredSentence): boolean {
  if (sentence.kind !== 'body') return false;
  const words = countWords(sentence.text);
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  if (/\?["'”’]?$/.test(sentence.text)) return false;
  // a sentence cut out of a multi-sentence quotation has unbalanced quote marks
  const curlyOpen = (sentence.text.match(/“/g) ?? []).length;
  const curlyClose = (sentence.text.match(/”/g) ?? []).length;
  const straight = (sentence.text.match(/"/g) ?? []).length;
  return curlyOpen === curlyClose && straight % 2 === 0;
}

/** A sentence several outlets carry is more central than one only a single outlet printed. */
function spreadOf(candidate: Candidate): number {
  return 1 + SPREAD * Math.log2(candidate.outlets);
}

/** News puts what matters first: a sentence near the top of its story counts up to twice. */
function leadOf(candidate: Candidate): number {
  return 1 + LEAD * (TAU > 0 ? Math.exp(-candidate.rank / TAU) : 1 - candidate.position);
}

/** "He said ..." needs the sentence before it to be understood. */
function standsAlone(candidate: Candidate): number {
  return /^(he|she|they|it|this|that|these|those)\b/i.test(candidate.text) ? 0.6 : 1;
}
