// The facts a sentence states, as countable concepts for the summary's coverage:
//   a content word:                 "amnesty"
//   two neighbouring content words: "offered an amnesty" and "the amnesty offer" are one fact (amnesty+offer),
//                                   but "President Bashar al-Assad" is a name, not a fact about him;
//   a figure with what it counts:   "more than 250,000 people" -> #250000 people, so that "19 September" and
//                                   "Oct. 19" are not one fact;
//   a word in quotation marks:      "will face “inevitable death”" -> "inevitabl: the words two reports
//                                   both quote are the ones the story is told by.
import { boundedMemo } from '../core/bounded-memo.ts';
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

/** Where the facts of a text go as they are read: kept as strings (`summaryFacts`) or numbered (FactTable). */
export interface FactSink {
  word(term: string): void;
  /** The two terms in order, the lesser first: "amnesty", "offer". */
  pair(first: string, second: string): void;
  /** "#250000", "peopl" */
  figure(count: string, term: string): void;
  quoted(term: string): void;
}

export function summaryFacts(text: string): string[] {
  const facts: string[] = [];
  readFacts(text, {
    word: (term) => facts.push(term),
    pair: (first, second) => facts.push(`${first}+${second}`),
    figure: (count, term) => facts.push(`${count} ${term}`),
    quoted: (term) => facts.push(`"${term}`),
  });
  return facts;
}

/** The facts of the text in the order `summaryFacts` lists them: its figures, its words and pairs, its quoted words. */
export function readFacts(text: string, sink: FactSink): void {
  readWords(text, sink);
  // only the quoted text's words: its pairs and figures are already facts of the whole text
  const quotedWords: FactSink = { word: (term) => factKind(term) === 'word' && sink.quoted(term), pair: () => {}, figure: () => {}, quoted: () => {} };
  for (const [quoted] of text.matchAll(QUOTATION)) readWords(quoted, quotedWords);
}

interface Word {
  term: string;
  capital: boolean;
}

/** What a token (as split, punctuation and all) tells the facts, the same wherever it stands. */
interface TokenReading {
  /** "250,000" -> "#250000"; null when the token is no figure. */
  count: string | null;
  /** "2011": a figure that is a year. */
  year: boolean;
  /** "Oct." or "September": a figure beside it is a date. */
  month: boolean;
  /** The content word's stem; null for a stop word, a weekday or a scale word ("million"). */
  term: string | null;
  upper: boolean;
}

/** A briefing's vocabulary is tens of thousands of tokens, met millions of times. */
const readToken = boundedMemo(200_000, (raw): TokenReading => {
  const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const lower = token.toLowerCase();
  const month = MONTH.test(raw);
  if (FIGURE.test(token)) return { count: `#${token.replace(/[^\d.]/g, '').replace(/\.$/, '')}`, year: YEAR.test(token), month, term: null, upper: false };
  const term = !isContentWord(lower) || WHEN.has(lower) || SCALE.has(lower) ? null : stem(lower);
  return { count: null, year: false, month, term, upper: /^\p{Lu}/u.test(token) };
});

function readWords(text: string, sink: FactSink): void {
  const words: Word[] = [];
  let figure: string | null = null;
  // plain ASCII needs no Unicode folding, only its spaces evened (most sentences: the fast way)
  const tokens = (/[^\x20-\x7e]/.test(text) ? foldTypography(text) : text.replace(/ {2,}/g, ' ').trim()).split(' ');
  tokens.forEach((raw, at) => {
    const reading = readToken(raw);
    if (reading.count !== null) {
      const date = reading.year || readToken(tokens[at - 1] ?? '').month || readToken(tokens[at + 1] ?? '').month;
      figure = date ? null : reading.count;
      return;
    }
    if (reading.term === null) return;
    if (figure !== null) sink.figure(figure, reading.term);
    figure = null;
    // the first word of a sentence is capitalized whatever it is
    words.push({ term: reading.term, capital: at > 0 && reading.upper });
  });
  for (const [i, word] of words.entries()) {
    sink.word(word.term);
    const before = words[i - 1];
    if (before && !(before.capital && word.capital)) {
      if (before.term < word.term) sink.pair(before.term, word.term);
      else sink.pair(word.term, before.term);
    }
  }
}
