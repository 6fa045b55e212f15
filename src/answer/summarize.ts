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
const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const MIN_WORDS = env('MINW', 8);
const MAX_WORDS = env('MAXW', 45);
const LENGTH_PENALTY = env('LP', 1);
const MAX_OVERLAP = env('OV', 0.3);
const LEAD = env('LEAD', 1);
const TAU = env('TAU', 2);
const SPREAD = env('SPREAD', 0.25);
const FIGURE_BONUS = env('FIGB', 0.5);
const CONTEXT = env('CTX', 0.6);
const POOL = env('POOL', 300);
const TRIM = env('TRIM', 1);
const MODE = env('MODE', 0);
const MMR = env('MMR', 1);
const SUPPORT_FLOOR = env('SF', 0.1);
const SUPPORT_MIN = env('SMIN', 0);
const SUPPORT_POW = env('SPOW', 1);
const REPRESENTED = env('REP', 1000);

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
  /** A shorter wording of the unit before it: chosen instead of it, never represented on its own. */
  variant: boolean;
  group: number;
}

export function summarize(view: BriefingView, options: { words?: number; topic?: string | null } = {}): SummaryAnswer {
  const budget = options.words ?? DEFAULT_SUMMARY_WORDS;
  const topic = options.topic?.trim() || null;
  const units = poolOf(collectUnits(view, topic));
  const vectors = tfidfVectors(units.map((u) => u.concepts));
  const matrix = units.map((_, i) => vectors.map((v, t) => (t === i ? 1 : cosine(vectors[i] as TermVector, v))));
  const similarities = (i: number): number[] => matrix[i] as number[];
  const importance = units.map((unit, t) => (unit.variant ? 0 : 1) * importanceOf(unit) * (SUPPORT_FLOOR + supportOf(units, t, similarities(t))));
  (globalThis as { __cands?: unknown }).__cands = units.map((u, i) => ({ ...u, score: importance[i] }));
  const candidates = [...units.keys()].filter((i) => (units[i] as Unit).candidate).slice(0, POOL);
  const represented = units.map(() => 0);

  const chosen: Unit[] = [];
  const chosenIdx: number[] = [];
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
      const value = MODE === 1 ? (importance[i] as number) * Math.pow(1 - maxSim(similarities(i), chosenIdx), MMR) : facilityGain(similarities(i), represented, importance);
      const gain = (value * standsAlone(unit)) / Math.pow(unit.words, LENGTH_PENALTY);
      if (gain > bestGain) [best, bestGain] = [i, gain];
    }
    if (best < 0) break;
    const pick = units[best] as Unit;
    chosen.push(pick);
    chosenIdx.push(best);
    for (const i of open) if ((units[i] as Unit).group === pick.group) open.delete(i);
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
    if (u === t || other.variant || sim < SUPPORT_MIN) return;
    for (const article of other.articles) if (!own.has(article)) support += sim;
  });
  return Math.pow(support, SUPPORT_POW);
}

/** A fact several outlets carry, near the top of a story, with a figure in it, matters more. */
function importanceOf(unit: Unit): number {
  const lead = 1 + LEAD * Math.exp(-unit.rank / TAU);
  const figure = /\d/.test(unit.text) ? 1 + FIGURE_BONUS : 1;
  return Math.pow(unit.outlets, SPREAD) * lead * figure;
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
    if (topicStems && !contentTerms(cluster.map((s) => s.text).join(' ')).some((term) => topicStems.has(term))) continue;
    // the source wording if it reads alone, else a copy that does
    const ranked = [...cluster].sort((a, b) => Number(copies.has(a.id)) - Number(copies.has(b.id)));
    const best = ranked.find(readsAlone) ?? (ranked[0] as StoredSentence);
    const full = compressSentence(best.text);
    const variants = TRIM > 0 ? [full, trimTrailingClause(full)].filter((t, i, all) => t !== null && all.indexOf(t) === i) : [full];
    variants.forEach((text, v) => {
      const words = countWords(text as string);
      units.push({
        sentence: best,
        text: text as string,
        words,
        outlets: new Set(cluster.map((s) => s.file)).size,
        articles: new Set(cluster.map((s) => s.articleId)),
        position: Math.min(...cluster.map((s) => s.index / (lengths.get(s.articleId) ?? 1))),
        rank: Math.min(...cluster.map((s) => bodyRank.get(s.id) ?? Infinity)),
        concepts: conceptsOf(text as string),
        candidate: readsAlone(best) && words >= MIN_WORDS && words <= MAX_WORDS,
        variant: v > 0,
        group: best.id,
      });
    });
  }
  return units;
}

/**
 * A large briefing is cut down to the units most central to it before the pairwise step: similarity to
 * the centroid of all units (each weighted by its outlets and lead), one linear pass.
 */
function poolOf(units: Unit[]): Unit[] {
  if (units.length <= REPRESENTED) return sortCandidatesFirst(units);
  const vectors = tfidfVectors(units.map((u) => u.concepts));
  const centroid: TermVector = new Map();
  vectors.forEach((vector, i) => {
    const weight = importanceOf(units[i] as Unit);
    for (const [term, w] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight * w);
  });
  const score = units.map((u, i) => (cosine(vectors[i] as TermVector, centroid) * importanceOf(u)) as number);
  const order = [...units.keys()].sort((a, b) => (score[b] as number) - (score[a] as number));
  return sortCandidatesFirst(order.slice(0, REPRESENTED).map((i) => units[i] as Unit));
}

function sortCandidatesFirst(units: Unit[]): Unit[] {
  return [...units].sort((a, b) => Number(b.candidate) - Number(a.candidate));
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
  if (/\?["'”’]?$/.test(text)) return false;
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
  return /^(he|she|they|it|this|that|these|those|his|her|their|its)\b/i.test(unit.text) ? CONTEXT : 1;
}

function maxSim(similarities: number[], chosen: number[]): number {
  let max = 0;
  for (const j of chosen) max = Math.max(max, similarities[j] as number);
  return max;
}

/**
 * The main clause without what trails it after a comma: "Militants ... can leave with their families if
 * they lay down their arms, President Bashar al-Assad said on Thursday, vowing to press on with the
 * assault" -> "... said on Thursday."; null when there is nothing to cut or too little would be left.
 */
function trimTrailingClause(text: string): string | null {
  if (/["“”]/.test(text)) return null;
  const match = /^(.{40,}?), (?:as|vowing|which|where|while|whose|including|amid|adding|saying|facing|after|despite|with|following|in what|in a move)\b/i.exec(text);
  return match ? `${match[1]}.` : null;
}
