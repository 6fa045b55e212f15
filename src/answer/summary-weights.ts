// How much each fact (summary-facts.ts) is worth to a summary of these units.
//   A fact is central when two reports state it: two units in two articles. A story that repeats its own
//   phrase, or a line syndicated to five outlets, is still one report; a number is the exception, since
//   an article that gives "30,000 people" twice is telling the reader what it counts.
//   It weighs by kind and by how specific it is (idf over the units, so "eastern Aleppo", said everywhere,
//   counts less than "inevitable death").
//   A number only one report gives still counts when several reports count the same thing ("250,000
//   people" / "30,000 people" / "46 people"): the reader wants the figures.
import { factKind } from './summary-facts.ts';
import type { SummaryUnit } from './summary-units.ts';

/** A word is a weak fact; a pair ("amnesty offer", "inevitable death") or a quoted word a full one; a number is the most specific. */
const KIND_WEIGHT = { word: 0.3, pair: 1, figure: 3.5, quoted: 1 } as const;
/** A fact only one report states is a detail: it only breaks ties. */
const ONCE = 0.02;

export function factWeights(units: SummaryUnit[]): Map<string, number> {
  const mentions = new Map<string, number>();
  // whether two articles state the fact: the first article met, and the facts met in a second one
  const firstArticle = new Map<string, number>();
  const inTwoArticles = new Set<string>();
  for (const unit of units)
    for (const fact of new Set(unit.facts)) {
      mentions.set(fact, (mentions.get(fact) ?? 0) + 1);
      if (inTwoArticles.has(fact)) continue;
      for (const article of unit.articles) {
        const first = firstArticle.get(fact);
        if (first === undefined) firstArticle.set(fact, article);
        else if (first !== article) inTwoArticles.add(fact);
      }
    }
  const counted = countedThings(units);
  const weight = new Map<string, number>();
  for (const [fact, times] of mentions) {
    const kind = factKind(fact);
    const twoReports = times >= 2 && (kind === 'figure' || inTwoArticles.has(fact));
    let w = KIND_WEIGHT[kind] * (twoReports ? 1 : ONCE) * Math.log(1 + units.length / times);
    if (kind === 'figure') {
      const peers = counted.get(fact.slice(fact.indexOf(' ') + 1)) ?? 0;
      if (peers >= 2) w = Math.max(w, Math.log(1 + units.length / peers));
    }
    weight.set(fact, w);
  }
  return weight;
}

/** How many units give a number of each thing: "people" -> 9. */
function countedThings(units: SummaryUnit[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const unit of units) {
    const things = new Set(unit.facts.filter((fact) => factKind(fact) === 'figure').map((fact) => fact.slice(fact.indexOf(' ') + 1)));
    for (const thing of things) counted.set(thing, (counted.get(thing) ?? 0) + 1);
  }
  return counted;
}

/** How specific each content word is: idf over the units. */
export function termSpecificity(units: SummaryUnit[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const unit of units) for (const term of unit.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, Math.log(1 + units.length / n));
  return idf;
}
