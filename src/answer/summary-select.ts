// Choosing the summary's sentences: budgeted maximum coverage of the briefing's central facts.
// A fact (a content-word stem, a pair of adjacent ones, or a figure) is central when the briefing states it
// in two or more sentences that are not copies of one another (a fact stated once counts little); it weighs by how specific it is (idf over
// the briefing's sentences, so "eastern Aleppo", said everywhere, counts less than "inevitable death").
// Greedy: the wording that adds the most facts not yet stated, per word it costs, until the budget is full.
import type { SummaryUnit, Wording } from './summary-units.ts';
import { contentOverlap } from './term-vectors.ts';

/** A single word is a weaker fact than a pair ("face inevitable", "amnesty offer") or a figure. */
const WORD = 0.3;
const PAIR = 1;
const FIGURE = 2;
/** A fact only one sentence states (however many outlets carry it) is a detail: it only breaks ties. */
const ONCE = 0.02;
/** A story's first sentences earn up to 1 + LEAD times more, fading over LEAD_DECAY sentences. */
const LEAD = 1;
const LEAD_DECAY = 2;
/** A sentence several outlets carry earns outlets^SPREAD more. */
const SPREAD = 0.5;
/** "He said ..." needs the sentence before it: it earns this share of its worth. */
const NEEDS_CONTEXT = 0.5;
/** Above this content-word overlap with a chosen sentence a wording is a repetition, whatever it earns. */
const MAX_OVERLAP = 0.3;

export interface Choice {
  unit: SummaryUnit;
  wording: Wording;
}

export function selectWordings(units: SummaryUnit[], budget: number): Choice[] {
  const weight = factWeights(units);
  const stated = new Set<string>();
  const worth = (wording: Wording): number => {
    let gain = 0;
    for (const fact of new Set(wording.facts)) if (!stated.has(fact)) gain += weight.get(fact) ?? 0;
    return gain;
  };
  const chosen: Choice[] = [];
  let words = 0;
  const open = new Set(units.filter((u) => u.wordings.length > 0));
  for (;;) {
    let best: Choice | null = null;
    let bestScore = 0;
    for (const unit of open) {
      const fitting = unit.wordings.filter((w) => words + w.words <= budget && !chosen.some((c) => contentOverlap(w.text, c.wording.text) > MAX_OVERLAP));
      if (fitting.length === 0) {
        open.delete(unit);
        continue;
      }
      const prior = priorOf(unit);
      for (const wording of fitting) {
        const score = (worth(wording) * prior * standsAlone(wording.text)) / wording.words;
        if (score > bestScore) [best, bestScore] = [{ unit, wording }, score];
      }
    }
    if (!best) break;
    chosen.push(best);
    open.delete(best.unit);
    words += best.wording.words;
    for (const fact of best.wording.facts) stated.add(fact);
  }
  return chosen;
}

/** Each fact, by kind, specificity and whether two or more units (copy clusters) state it. */
export function factWeights(units: SummaryUnit[]): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const unit of units) for (const fact of new Set(unit.facts)) mentions.set(fact, (mentions.get(fact) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const [fact, times] of mentions) {
    const kind = fact.startsWith('#') ? FIGURE : fact.includes(' ') ? PAIR : WORD;
    weight.set(fact, kind * (times < 2 ? ONCE : 1) * Math.log(1 + units.length / times));
  }
  return weight;
}

/** The news is at the top of a story, and a sentence several outlets chose to carry matters more. */
function priorOf(unit: SummaryUnit): number {
  return (1 + LEAD * Math.exp(-unit.rank / LEAD_DECAY)) * Math.pow(unit.files.length, SPREAD);
}

function standsAlone(text: string): number {
  return /^(he|she|they|it|this|that|these|those|his|her|their|its)\b/i.test(text) ? NEEDS_CONTEXT : 1;
}
