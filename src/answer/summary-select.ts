// Choosing the summary's sentences: budgeted maximum coverage of the briefing's central facts
// (summary-weights.ts), one point per sentence. A wording earns
//   the weight of the facts it adds that no chosen sentence states,
//   times its unit's prior: the top of a story or of a section, several outlets carrying it, not an aside,
//   times its novelty: the share of its words (by specificity) no chosen sentence uses, so that a second
//   report of one event in other words earns less,
//   times 1/2 when it opens with "He"/"It" and no chosen sentence just before it in its article says who,
//   divided by its length squared: a reader takes one point from a sentence, so two short sentences that
//   make two points beat one long one that makes them both.
// Greedy and lazy: a wording's score only falls as sentences are chosen (but for a "He said ..." whose
// antecedent was just chosen, which is scored again), so each step re-scores from the top bound down.
import type { FactTable, TermTable } from './summary-analysis.ts';
import { keepsWordOrder } from './summary-compress.ts';
import type { SummaryUnit, Wording } from './summary-units.ts';
import { factWeights, termSpecificity } from './summary-weights.ts';

/** A story's (or a section's) first sentences earn up to 1 + LEAD times more, fading over LEAD_DECAY sentences. */
const LEAD = 1;
const LEAD_DECAY = 2;
/** A sentence several outlets carry earns outlets^SPREAD more. */
const SPREAD = 0.65;
/** "Meanwhile, militants continued the shelling ...": the writer's own mark of a side story. */
const ASIDE = 0.5;
/** "He said ..." with no chosen sentence before it to say who: it earns this share of its worth. */
const NEEDS_CONTEXT = 0.5;
/** How far back (in sentences of its article) a pronoun's antecedent may stand. */
const ANTECEDENT_SPAN = 3;
/** A reader takes one point from a sentence: the score divides by words^LENGTH_POWER. */
const LENGTH_POWER = 2;
/** Above this content-word overlap with a chosen sentence a wording is a repetition, whatever it earns. */
const MAX_OVERLAP = 0.3;

export interface Choice {
  unit: SummaryUnit;
  wording: Wording;
  /** The chosen sentence a "He said ..." points back to: it is shown right before. */
  after: SummaryUnit | null;
}

interface Candidate {
  unit: SummaryUnit;
  wording: Wording;
  prior: number;
  /** The last score computed, an upper bound of the next. */
  bound: number;
}

/** What the units' fact and term ids stand for. */
export interface Tables {
  facts: FactTable;
  terms: TermTable;
}

export function selectWordings(units: SummaryUnit[], tables: Tables, budget: number): Choice[] {
  const weight = factWeights(units, tables.facts);
  const specificity = termSpecificity(units, tables.terms);
  const stated = new Uint8Array(tables.facts.size);
  const chosen: Choice[] = [];
  // each chosen wording's terms, marked by id: which of a candidate's terms it uses
  const marks: Uint8Array[] = [];
  const shown = new Map<SummaryUnit, Wording[]>();
  const score = (candidate: Candidate): number => {
    const { wording } = candidate;
    if (chosen.some((c, i) => overlap(wording.terms, c.wording.terms, marks[i] as Uint8Array) > MAX_OVERLAP)) return 0;
    let gain = 0;
    for (const fact of wording.facts) if (!stated[fact]) gain += weight[fact] as number;
    const context = opensWithPronoun(wording.text) && !antecedent(candidate, chosen) ? NEEDS_CONTEXT : 1;
    return (gain * candidate.prior * context * novelty(wording, marks, specificity)) / wording.words ** LENGTH_POWER;
  };
  let queue: Candidate[] = units.flatMap((unit) => {
    const prior = priorOf(unit);
    return unit.wordings.map((wording) => ({ unit, wording, prior, bound: Infinity }));
  });
  let words = 0;
  for (;;) {
    let best: Candidate | null = null;
    queue.sort((a, b) => b.bound - a.bound);
    for (const candidate of queue) {
      if (best && candidate.bound <= best.bound) break;
      const fits = words + candidate.wording.words <= budget && compatible(candidate.wording, shown.get(candidate.unit));
      candidate.bound = fits ? score(candidate) : 0;
      if (candidate.bound > 0 && (!best || candidate.bound > best.bound)) best = candidate;
    }
    if (!best) break;
    const { unit, wording } = best;
    chosen.push({ unit, wording, after: antecedent(best, chosen)?.unit ?? null });
    const marked = new Uint8Array(tables.terms.size);
    for (const term of wording.terms) marked[term] = 1;
    marks.push(marked);
    shown.set(unit, [...(shown.get(unit) ?? []), wording]);
    words += wording.words;
    for (const fact of wording.facts) stated[fact] = 1;
    queue = queue.filter((c) => c.bound > 0);
    for (const c of queue) if (c.unit.sentence.articleId === unit.sentence.articleId && opensWithPronoun(c.wording.text)) c.bound = Infinity;
  }
  return chosen;
}

/** The news is at the top of a story or section, and a sentence several outlets chose to carry matters more. */
export function priorOf(unit: SummaryUnit): number {
  const aside = /^(?:meanwhile|elsewhere|separately|in other news|in another|in a separate|also)\b/i.test(unit.sentence.text) ? ASIDE : 1;
  return aside * (1 + LEAD * Math.exp(-unit.rank / LEAD_DECAY)) * unit.files.length ** SPREAD;
}

/** Content-word Jaccard (the scorer's measure of redundancy) on the wordings' own terms; `inB` marks b's. */
function overlap(a: Int32Array, b: Int32Array, inB: Uint8Array): number {
  let common = 0;
  for (const term of a) common += inB[term] as number;
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** The share of the wording's words, by specificity, that no chosen sentence (their terms marked) uses. */
function novelty(wording: Wording, chosen: Uint8Array[], specificity: Float64Array): number {
  let total = 0;
  for (const term of wording.terms) total += specificity[term] as number;
  if (total === 0) return 0;
  let repeated = 0;
  for (const marked of chosen) {
    let shared = 0;
    for (const term of wording.terms) if (marked[term]) shared += specificity[term] as number;
    repeated = Math.max(repeated, shared);
  }
  return 1 - repeated / total;
}

/**
 * A unit is shown once, but for a second clause split off it ("Russia pledged to open humanitarian
 * corridors ...") beside a wording of it that left that clause out.
 */
function compatible(wording: Wording, shown: Wording[] | undefined): boolean {
  if (!shown) return true;
  const [other, more] = shown;
  if (!other || more || wording.tail === other.tail) return false;
  const [tail, rest] = wording.tail ? [wording, other] : [other, wording];
  return !keepsWordOrder(tail.text, rest.text);
}

/** A chosen sentence shortly before this one in its article, which its opening pronoun points back to. */
function antecedent(candidate: Candidate, chosen: Choice[]): Choice | undefined {
  if (!opensWithPronoun(candidate.wording.text)) return undefined;
  const { articleId, index } = candidate.unit.sentence;
  return chosen.find((c) => {
    const back = index - c.unit.sentence.index;
    return c.unit.sentence.articleId === articleId && back >= 1 && back <= ANTECEDENT_SPAN && !c.after;
  });
}

/**
 * "He said ...", "It backed that up ...", "We've had a strike fund ..." (a quotation's later sentence), or a
 * quotation only a pronoun said: '"A dozen of us left together," she said.'
 */
function opensWithPronoun(text: string): boolean {
  return (
    /^["“]?(?:he|she|they|it|this|that|these|those|his|her|their|its|both|we|our|i|my|you)\b/i.test(text) ||
    /["”] (?:he|she|they) (?:said|says|added|told)\b/i.test(text)
  );
}
