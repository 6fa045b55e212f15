// An extractive, cited summary of a briefing (or of the part of it about a topic), in five steps:
//   1. units: one per copy cluster (a wire sentence and its rewrites), in the cluster's source wording,
//      cleaned of what a summary can do without, with how many outlets carry it and how near the top;
//   2. pool: when the briefing is large, the few hundred units most central to it (a linear pass), so that
//      the pairwise step below stays small;
//   3. vectors: TF-IDF over the units' content words, word pairs and figures, idf counted over copy
//      clusters so that syndication does not make a word look common;
//   4. selection: the sentences that best represent the whole pool (facility location: every unit is as
//      well represented as its most similar chosen sentence), greedy by gain per word within the budget.
//      Units weigh by outlets and lead position, so central facts come first; a unit already represented
//      adds nothing, so a second wording of the same fact is not chosen;
//   5. order: by where the facts stand in the stories, so that it reads from the news down.
import { countWords } from '../core/normalize.ts';
import type { StoredSentence } from '../store/store.ts';
import type { SummaryAnswer } from './answer-types.ts';
import { type BriefingView, citationsOf } from './briefing-view.ts';
import { conceptsOf, contentOverlap, contentTerms, cosine, stem, type TermVector, tfidfVectors } from './term-vectors.ts';

export const DEFAULT_SUMMARY_WORDS = 150;
const MIN_WORDS = 8;
const MAX_WORDS = 50;
/** Gain is divided by words^this: dense sentences win, without starving long informative ones. */
const LENGTH_PENALTY = 0.5;
/** Above this content-word overlap with a chosen sentence a candidate is a repetition, whatever its gain. */
const MAX_OVERLAP = 0.3;
/** A story's first sentences weigh up to 1 + LEAD times more, fading over LEAD_DECAY sentences. */
const LEAD = 4;
const LEAD_DECAY = 2;
/** Weight grows as outlets^SPREAD with the number of outlets that carry a sentence. */
const SPREAD = 0.5;
/** A unit no other outlet echoes keeps this much support, so that an exclusive fact can still be chosen. */
const SUPPORT_FLOOR = 1;
/** "He said ..." is chosen only when it is worth this much less than a sentence that stands alone. */
const NEEDS_CONTEXT = 0.5;
/** Candidates for the pairwise step, and units they must represent, in a large briefing. */
const POOL = 300;
const REPRESENTED = 1000;

interface Unit {
  sentence: StoredSentence;
  text: string;
  words: number;
  outlets: number;
  articles: Set<number>;
  /** Where the fact stands: relative position in its article (0 = top) and index among body sentences. */
  position: number;
  rank: number;
  concepts: string[];
  /** Whether it can be shown on its own (a whole sentence, not a quote fragment). */
  candidate: boolean;
}

export function summarize(view: BriefingView, options: { words?: number; topic?: string | null } = {}): SummaryAnswer {
  const budget = options.words ?? DEFAULT_SUMMARY_WORDS;
  const topic = options.topic?.trim() || null;
  const units = poolOf(collectUnits(view, topic));
  const vectors = tfidfVectors(units.map((u) => u.concepts));
  const matrix = units.map((_, i) => vectors.map((v, t) => (t === i ? 1 : cosine(vectors[i] as TermVector, v))));
  const similarities = (i: number): number[] => matrix[i] as number[];
  const importance = units.map((unit, t) => importanceOf(unit) * (SUPPORT_FLOOR + supportOf(units, t, similarities(t))));
  const candidates = [...units.keys()]
    .filter((i) => (units[i] as Unit).candidate)
    .sort((a, b) => (importance[b] as number) - (importance[a] as number))
    .slice(0, POOL);
  const represented = units.map(() => 0);

  const chosen: Unit[] = [];
  let words = 0;
  const open = new Set(candidates);
  while (open.size > 0) {
    let best = -1;
    let bestGain = 0;
    for (const i of open) {
      const unit = units[i] as Unit;
      if (words + unit.words > budget || chosen.some((other) => contentOverlap(unit.text, other.text) > MAX_OVERLAP)) {
        open.delete(i);
        continue;
      }
      const gain = (facilityGain(similarities(i), represented, importance) * standsAlone(unit)) / Math.pow(unit.words, LENGTH_PENALTY);
      if (gain > bestGain) [best, bestGain] = [i, gain];
    }
    if (best < 0) break;
    const pick = units[best] as Unit;
    chosen.push(pick);
    open.delete(best);
    words += pick.words;
    similarities(best).forEach((sim, t) => (represented[t] = Math.max(represented[t] as number, sim)));
  }
  const ordered = chosen.sort((a, b) => a.position - b.position);
  return {
    kind: 'summary',
    briefing: view.briefing,
    topic,
    sentences: ordered.map((u) => ({ text: u.text, sources: citationsOf(view, u.sentence) })),
    words,
  };
}

/** How much better the pool is represented once this sentence is in. */
function facilityGain(similarities: number[], represented: number[], importance: number[]): number {
  let gain = 0;
  similarities.forEach((sim, t) => {
    const before = represented[t] as number;
    if (sim > before) gain += (importance[t] as number) * (sim - before);
  });
  return gain;
}

/** How much the other outlets say the same: similarity to the units of articles that do not carry this one. */
function supportOf(units: Unit[], t: number, similarities: number[]): number {
  const own = (units[t] as Unit).articles;
  let support = 0;
  similarities.forEach((sim, u) => {
    const other = units[u] as Unit;
    if (u === t) return;
    for (const article of other.articles) if (!own.has(article)) support += sim;
  });
  return support;
}

/** A fact several outlets carry, near the top of a story, matters more. */
function importanceOf(unit: Unit): number {
  return Math.pow(unit.outlets, SPREAD) * (1 + LEAD * Math.exp(-unit.rank / LEAD_DECAY));
}

/** One unit per copy cluster: its source wording, carried by how many outlets, and where it stands. */
function collectUnits(view: BriefingView, topic: string | null): Unit[] {
  const topicStems = topic ? new Set(contentTerms(topic).map(stem)) : null;
  const copies = new Set(view.alignments.map((a) => a.copySentence));
  const lengths = new Map<number, number>();
  const bodyRank = new Map<number, number>();
  const bodySeen = new Map<number, number>();
  for (const s of view.sentences) {
    lengths.set(s.articleId, Math.max(lengths.get(s.articleId) ?? 0, s.index + 1));
    if (s.kind !== 'body') continue;
    const seen = bodySeen.get(s.articleId) ?? 0;
    bodyRank.set(s.id, seen);
    bodySeen.set(s.articleId, seen + 1);
  }
  const seen = new Set<number>();
  const units: Unit[] = [];
  for (const sentence of view.sentences) {
    if (seen.has(sentence.id) || sentence.kind !== 'body') continue;
    const cluster = (view.clusterOf.get(sentence.id) ?? [sentence.id]).map((id) => view.sentenceById.get(id) as StoredSentence);
    for (const member of cluster) seen.add(member.id);
    // the source wording if it reads alone, else a copy that does
    const ranked = [...cluster].sort((a, b) => Number(copies.has(a.id)) - Number(copies.has(b.id)));
    const best = ranked.find(readsAlone) ?? (ranked[0] as StoredSentence);
    const text = compressSentence(best.text);
    if (topicStems && !contentTerms(text).some((term) => topicStems.has(term))) continue;
    const words = countWords(text);
    units.push({
      sentence: best,
      text,
      words,
      outlets: new Set(cluster.map((s) => s.file)).size,
      articles: new Set(cluster.map((s) => s.articleId)),
      position: Math.min(...cluster.map((s) => s.index / (lengths.get(s.articleId) ?? 1))),
      rank: Math.min(...cluster.map((s) => bodyRank.get(s.id) ?? Infinity)),
      concepts: conceptsOf(text),
      candidate: readsAlone(best) && words >= MIN_WORDS && words <= MAX_WORDS,
    });
  }
  return units;
}

/**
 * A large briefing is cut down to the units most central to it before the pairwise step: similarity to
 * the centroid of all units (each weighted by its outlets and lead), one linear pass.
 */
function poolOf(units: Unit[]): Unit[] {
  if (units.length <= REPRESENTED) return units;
  const vectors = tfidfVectors(units.map((u) => u.concepts));
  const centroid: TermVector = new Map();
  vectors.forEach((vector, i) => {
    const weight = importanceOf(units[i] as Unit);
    for (const [term, w] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight * w);
  });
  const score = units.map((u, i) => cosine(vectors[i] as TermVector, centroid) * importanceOf(u));
  const order = [...units.keys()].sort((a, b) => (score[b] as number) - (score[a] as number));
  return order.slice(0, REPRESENTED).map((i) => units[i] as Unit);
}

/**
 * Cuts what a summary sentence can do without, keeping every word it keeps in order (so that each cited
 * article still carries it): a connective pointing at a sentence we do not show, a scene-setting opener,
 * an appositive between a name and its verb, a parenthesis, and a wire agency's credit.
 */
export function compressSentence(text: string): string {
  let out = text;
  // "Zakaria Malahifji, a Turkey-based official for the Fastaqim group which is present in Aleppo, told Reuters",
  // but not "on Sunday, a monitor said, as ...": no appositive after a preposition, none that says who said it
  out = out.replace(
    /(?<!\b(?:on|in|at|of|for|from|to|by|since|until|before|after) )(\b[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*)*), (?:a|an|the|who|which) (?![^,]*\b(?:said|says|told|reported)\b)[^,"“”()]{3,90}, (?=(?!(?:a|an|the)\b)[a-z])/gu,
    '$1 ',
  );
  // "Speaking to Danish television, Assad said" / "Earlier this week, the Syrian army said"
  out = out.replace(/^(?:speaking|talking|writing|asked|earlier|later) [^,"“”]{1,50}, (?=\S)/i, '');
  // "(or)" is left alone inside a quotation
  if (!/["“”]/.test(out)) out = out.replace(/ \([^()]{1,40}\)/g, '');
  // "..., Reuters reported." / "..., the state Sana news agency reported."
  out = out.replace(/, (?:the )?[^,"“”]{0,40}\b(?:reuters|agency|AP|AFP|associated press|al jazeera)\b reported\.$/iu, '.');
  // "However, rebels said"
  out = out.replace(/^(?:however|meanwhile|but|and|still|yet|also|moreover|furthermore|in addition|instead),? +/i, '');
  return out === text ? text : out.charAt(0).toUpperCase() + out.slice(1);
}

/** A sentence that makes sense out of its article: a whole body sentence, not a question or a quote fragment. */
function readsAlone(sentence: StoredSentence): boolean {
  if (sentence.kind !== 'body') return false;
  const text = sentence.text;
  // a question, or two scraped lines run together: "... in August. | The offers for safe passage ..."
  if (/\?["'”’]?$/.test(text) || / \| /.test(text)) return false;
  // a sentence cut out of a multi-sentence quotation has unbalanced quote marks
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  if (curlyOpen !== curlyClose || straight % 2 !== 0) return false;
  // "“Aleppo is not like other areas, it’s not possible for them to surrender.”": whose words?
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return countWords(outside) >= 2;
}

/** "He said ..." needs the sentence before it to be understood. */
function standsAlone(unit: Unit): number {
  return /^(he|she|they|it|this|that|these|those|his|her|their|its)\b/i.test(unit.text) ? NEEDS_CONTEXT : 1;
}

