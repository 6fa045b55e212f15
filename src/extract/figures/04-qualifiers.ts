// Step 4: the hedge written before (or after) a number: "a maximum of 8,000 rebels", "close to 30,000
// people", "at least 46 people", "500 or more".
import type { Approx } from './types.ts';
import type { Token } from './02-tokenize.ts';

export interface Qualifier {
  approx: Approx;
  /** The words as written: "no more than". */
  text: string;
  /** Token index where the qualifier starts (or, after the number, ends). */
  at: number;
}

/** Longest first, so "no more than" wins over "more than". */
const BEFORE: [string, Approx][] = ([
  ['in excess of', 'more than'], ['upwards of', 'more than'], ['more than', 'more than'], ['just over', 'more than'],
  ['well over', 'more than'], ['greater than', 'more than'], ['over', 'more than'], ['above', 'more than'],
  ['exceeding', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['just under', 'less than'], ['under', 'less than'],
  ['below', 'less than'],
  ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['approximately', 'about'],
  ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['nearly', 'about'], ['almost', 'about'],
  ['some', 'about'], ['circa', 'about'], ['approx', 'about'], ['an average of', 'about'],
  ['up to', 'up to'],
  ['as many as', 'as many as'], ['as much as', 'as many as'], ['as high as', 'as many as'],
  ['no fewer than', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'],
  ['a minimum of', 'at least'], ['at least', 'at least'],
  ['no more than', 'maximum'], ['not more than', 'maximum'], ['a maximum of', 'maximum'], ['maximum of', 'maximum'],
  ['at most', 'maximum'], ['at the most', 'maximum'],
  ['only', 'exact'], ['just', 'exact'], ['exactly', 'exact'], ['precisely', 'exact'],
] as [string, Approx][]).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** The phrases by their last word ("than" -> "no more than", "more than", ...), longest first as in BEFORE. */
const BEFORE_BY_LAST = new Map<string, [string[], Approx][]>();
for (const [phrase, approx] of BEFORE) {
  const words = phrase.split(' ');
  const last = words[words.length - 1] as string;
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), [words, approx]]);
}

const AFTER: [string, Approx][] = [['or more', 'at least'], ['or so', 'about'], ['plus', 'more than'], ['or fewer', 'maximum'], ['or less', 'maximum']];
const AFTER_WORDS: [string, string[], Approx][] = AFTER.map(([phrase, approx]) => [phrase, phrase.split(' '), approx]);

/** The qualifier ending just before token `first`, if any. */
export function qualifierBefore(tokens: Token[], first: number): Qualifier | null {
  const phrases = BEFORE_BY_LAST.get(tokens[first - 1]?.lower ?? '');
  if (!phrases) return null;
  for (const [words, approx] of phrases) {
    const at = first - words.length;
    if (at < 0) continue;
    if (words.every((w, k) => tokens[at + k]?.lower === w)) {
      // "a maximum of 8,000": keep the article with the phrase
      return { approx, text: tokens.slice(at, first).map((t) => t.text).join(' '), at };
    }
  }
  return null;
}

/** "500 or more", "30-plus": the qualifier just after the number phrase ending at `last`. */
export function qualifierAfter(tokens: Token[], last: number): Qualifier | null {
  for (const [phrase, words, approx] of AFTER_WORDS) {
    let k = last + 1;
    if (tokens[k]?.text === '-' && phrase === 'plus') k++;
    if (words.every((w, j) => tokens[k + j]?.lower === w)) return { approx, text: phrase, at: k + words.length - 1 };
  }
  return null;
}

/** "surrender within three months": a deadline is a maximum. */
export const DEADLINE_WORDS = new Set(['within', 'inside']);
