// Sentences as TF-IDF vectors of content-word stems, for centrality and redundancy.
import { wordTokens } from '../core/normalize.ts';

const STOP = new Set(
  ('a an the of to in on at by for from with into onto over under about as and or but nor than that which who whom whose ' +
    'is are was were be been being has have had do does did will would can could may might must should shall ' +
    'it its he she they them their his her him we us our i you your this these those there here not no so such also ' +
    'said says say told tells according after before while when where since until up down out off if then than some any all ' +
    'more most other only very own same just one two mr mrs ms')
    .split(' '),
);

export type TermVector = Map<string, number>;

/** "fighters" and "fighter", "trapped" and "trap" share a stem: a crude suffix strip is enough for overlap. */
export function stem(word: string): string {
  return word
    .replace(/['’]s$/, '')
    .replace(/(ies)$/, 'y')
    .replace(/(ing|ed|es|s)$/, '')
    .slice(0, 12);
}

export function contentTerms(text: string): string[] {
  return wordTokens(text)
    .filter((word) => !STOP.has(word) && !/^\d+$/.test(word) && word.length > 1)
    .map(stem);
}



// Days name when, not what: "on Thursday" is in every wire story of a week.
const WHEN = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));

/**
 * The facts a sentence states, as countable concepts: content-word stems and figures.
 * "More than 250,000 people are believed to be trapped" -> peopl, believ, trapp, #250000.
 */
export function factsOf(text: string): string[] {
  const terms = contentTerms(text).filter((term) => !WHEN.has(term));
  const facts = [...terms];
  for (let i = 1; i < terms.length; i++) facts.push(`${terms[i - 1]} ${terms[i]}`);
  // "250,000", "1.5", "50%", but not "1990s" or "self0styled"
  for (const word of wordTokens(text)) if (/^\d[\d,.]*%?$/.test(word)) facts.push(`#${word.replace(/[^\d.]/g, '').replace(/\.$/, '')}`);
  return facts;
}




/** Share of content words two texts have in common (Jaccard), the measure readers notice as repetition. */
export function contentOverlap(a: string, b: string): number {
  const x = new Set(contentTerms(a));
  const y = new Set(contentTerms(b));
  let common = 0;
  for (const term of x) if (y.has(term)) common++;
  const union = x.size + y.size - common;
  return union === 0 ? 0 : common / union;
}
