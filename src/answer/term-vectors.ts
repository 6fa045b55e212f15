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

export function termVectors(texts: string[]): TermVector[] {
  const terms = texts.map(contentTerms);
  const documentFrequency = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return terms.map((list) => {
    const vector: TermVector = new Map();
    for (const term of list) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, count] of vector) {
      const weight = count * Math.log(1 + texts.length / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/**
 * What a sentence says, as concepts: content-word stems, adjacent pairs of them and figures.
 * "More than 250,000 people are trapped" -> peopl, trapp, "peopl trapp", #250000.
 */
export function conceptsOf(text: string): string[] {
  const terms = contentTerms(text);
  const concepts = [...terms];
  for (let i = 1; i < terms.length; i++) concepts.push(`${terms[i - 1]} ${terms[i]}`);
  for (const word of wordTokens(text)) if (/\d/.test(word)) concepts.push(`#${word.replace(/[^\d.]/g, '')}`);
  return concepts;
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

/** Unit-length TF-IDF vectors of concept lists, idf over the lists given (one per copy cluster). */
export function tfidfVectors(conceptLists: string[][]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const list of conceptLists) for (const concept of new Set(list)) documentFrequency.set(concept, (documentFrequency.get(concept) ?? 0) + 1);
  const total = conceptLists.length;
  return conceptLists.map((list) => {
    const vector: TermVector = new Map();
    for (const concept of list) vector.set(concept, (vector.get(concept) ?? 0) + 1);
    let norm = 0;
    for (const [concept, count] of vector) {
      const weight = count * Math.log(1 + total / (documentFrequency.get(concept) ?? 1));
      vector.set(concept, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [concept, weight] of vector) vector.set(concept, weight / norm);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export function centroid(vectors: TermVector[], weights: number[]): TermVector {
  const sum: TermVector = new Map();
  vectors.forEach((vector, i) => {
    for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight * (weights[i] ?? 1));
  });
  let norm = 0;
  for (const weight of sum.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of sum) sum.set(term, weight / norm);
  return sum;
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
