// The facts a sentence states, as countable concepts for the summary's coverage:
//   a content word:                 "amnesty"
//   two neighbouring content words: "offered an amnesty" and "the amnesty offer" are one fact (amnesty+offer),
//                                   but "President Bashar al-Assad" is a name, not a fact about him;
//   a figure with what it counts:   "more than 250,000 people" -> #250000 people, so that "19 September" and
//                                   "Oct. 19" are not one fact;
//   a word in quotation marks:      "will face “inevitable death”" -> "inevitabl: the words two reports
//                                   both quote are the ones the story is told by.
import { foldTypography } from '../core/normalize.ts';
import { isContentWord, stem } from './term-vectors.ts';

// Days name when, not what: "on Thursday" is in every wire story of a week.
const WHEN = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));
const SCALE = new Set('hundred thousand million billion trillion'.split(' '));
const FIGURE = /^\d[\d,.]*%?$/;
// A date is not a count: "19 September", "Oct. 19", "in 2011".
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;
const QUOTATION = /“[^”]*”|"[^"]*"/g;

export type FactKind = 'word' | 'pair' | 'figure' | 'quoted';

export function factKind(fact: string): FactKind {
  if (fact.startsWith('#')) return 'figure';
  if (fact.startsWith('"')) return 'quoted';
  return fact.includes('+') ? 'pair' : 'word';
}

export function summaryFacts(text: string): string[] {
  const facts = factsOfWords(text);
  for (const [quoted] of text.matchAll(QUOTATION)) for (const fact of factsOfWords(quoted)) if (factKind(fact) === 'word') facts.push(`"${fact}`);
  return facts;
}

interface Word {
  term: string;
  capital: boolean;
}

function factsOfWords(text: string): string[] {
  const facts: string[] = [];
  const words: Word[] = [];
  let figure: string | null = null;
  // plain ASCII needs no Unicode folding, only its spaces evened (most sentences: the fast way)
  const tokens = (/[^\x20-\x7e]/.test(text) ? foldTypography(text) : text.replace(/ {2,}/g, ' ').trim()).split(' ');
  for (const [at, raw] of tokens.entries()) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const lower = token.toLowerCase();
    if (FIGURE.test(token)) {
      const date = YEAR.test(token) || MONTH.test(tokens[at - 1] ?? '') || MONTH.test(tokens[at + 1] ?? '');
      figure = date ? null : `#${token.replace(/[^\d.]/g, '').replace(/\.$/, '')}`;
      continue;
    }
    if (!isContentWord(lower) || WHEN.has(lower)) continue;
    const term = stem(lower);
    if (SCALE.has(lower)) continue;
    if (figure !== null) facts.push(`${figure} ${term}`);
    figure = null;
    // the first word of a sentence is capitalized whatever it is
    words.push({ term, capital: at > 0 && /^\p{Lu}/u.test(token) });
  }
  for (const [i, word] of words.entries()) {
    facts.push(word.term);
    const before = words[i - 1];
    if (before && !(before.capital && word.capital)) facts.push(before.term < word.term ? `${before.term}+${word.term}` : `${word.term}+${before.term}`);
  }
  return facts;
}
