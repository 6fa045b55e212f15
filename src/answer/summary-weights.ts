// How much each fact (summary-facts.ts) is worth to a summary of these units.
//   A fact is central when two reports state it: two units in two articles. A story that repeats its own
//   phrase, or a line syndicated to five outlets, is still one report; a number is the exception, since
//   an article that gives "30,000 people" twice is telling the reader what it counts.
//   It weighs by kind and by how specific it is (idf over the units, so "eastern Aleppo", said everywhere,
//   counts less than "inevitable death").
//   A number only one report gives still counts when several reports count the same thing ("250,000
//   people" / "30,000 people" / "46 people"): the reader wants the figures.
import type { FactTable, TermTable } from './summary-analysis.ts';
import type { SummaryUnit } from './summary-units.ts';

/** A word is a weak fact; a pair ("amnesty offer", "inevitable death") or a quoted word a full one; a number is the most specific. */
const KIND_WEIGHT = { word: 0.3, pair: 1, figure: 3.5, quoted: 1 } as const;
/** A fact only one report states is a detail: it only breaks ties. */
const ONCE = 0.02;

/** Each fact's weight, by its id in `table` (0 for a fact none of the units states). */
export function factWeights(units: SummaryUnit[], table: FactTable): Float64Array {
  const mentions = new Int32Array(table.size);
  // whether two articles state the fact: the first article met, and the facts met in a second one
  const firstArticle = new Int32Array(table.size).fill(-1);
  const inTwoArticles = new Uint8Array(table.size);
  const stated: number[] = [];
  for (const unit of units) {
    // a unit in two articles states all its facts in two; else its one article is its shown sentence's
    const article = unit.articles.size > 1 ? -1 : unit.sentence.articleId;
    for (const fact of unit.facts) {
      const times = mentions[fact] as number;
      if (times === 0) stated.push(fact);
      mentions[fact] = times + 1;
      if (inTwoArticles[fact]) continue;
      const first = firstArticle[fact] as number;
      if (article === -1 || (first !== -1 && first !== article)) inTwoArticles[fact] = 1;
      else firstArticle[fact] = article;
    }
  }
  const counted = countedThings(units, table);
  const weight = new Float64Array(table.size);
  for (const fact of stated) {
    const times = mentions[fact] as number;
    const kind = table.kinds[fact] as keyof typeof KIND_WEIGHT;
    const twoReports = times >= 2 && (kind === 'figure' || inTwoArticles[fact] === 1);
    let w = KIND_WEIGHT[kind] * (twoReports ? 1 : ONCE) * Math.log(1 + units.length / times);
    if (kind === 'figure') {
      const peers = counted[table.thingOf[fact] as number] as number;
      if (peers >= 2) w = Math.max(w, Math.log(1 + units.length / peers));
    }
    weight[fact] = w;
  }
  return weight;
}

/** How many units give a number of each thing ("people" -> 9), by thing id. */
function countedThings(units: SummaryUnit[], table: FactTable): Int32Array {
  const counted = new Int32Array(table.thingCount);
  const lastUnit = new Int32Array(table.thingCount).fill(-1);
  units.forEach((unit, u) => {
    for (const fact of unit.facts) {
      const thing = table.thingOf[fact] as number;
      if (thing === -1 || lastUnit[thing] === u) continue;
      lastUnit[thing] = u;
      counted[thing] = (counted[thing] as number) + 1;
    }
  });
  return counted;
}

/** How specific each content word is: idf over the units, by term id (0 for a term none of them has). */
export function termSpecificity(units: SummaryUnit[], terms: TermTable): Float64Array {
  const df = new Int32Array(terms.size);
  for (const unit of units) for (const term of unit.terms) df[term] = (df[term] as number) + 1;
  const idf = new Float64Array(terms.size);
  df.forEach((n, term) => {
    if (n > 0) idf[term] = Math.log(1 + units.length / n);
  });
  return idf;
}
