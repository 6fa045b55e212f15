// Step 3: find the numbers in a sentence's tokens, in digits or words, with their scale and currency.
import { glued, isWord, lowerAt, type Token } from './02-tokenize.ts';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_SCALES, PENCE, SCALES, SMALL, TENS } from './number-words.ts';
import { readFractionOfScale, readRatio } from './ratios.ts';
import { isPluralNoun } from './word-classes.ts';

export interface NumberSpan {
  value: number;
  /** Token indices of the number, scale and currency included (`last` inclusive). */
  first: number;
  last: number;
  form: 'digits' | 'words';
  /** Digits without separators, decimals or scale ("2000", "19"): could be a year or a day. */
  plain: boolean;
  /** The multiplier written after the number ("million" = 1e6), 1 without one. */
  scale: number;
  currency: string | null;
  /** A percent sign or pence glued on ("50%", "4p"). */
  percent: boolean;
}

export function findNumbers(tokens: Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const starts = token.digits || NUMBER_STARTS.has(token.lower);
    const span = !starts ? null : readRatio(tokens, i) ?? readFractionOfScale(tokens, i) ?? (token.digits ? readDigits(tokens, i) : readWords(tokens, i));
    if (!span) continue;
    // "minus 4 degrees"
    if (tokens[span.first - 1]?.lower === 'minus') spans.push({ ...span, value: -span.value, first: span.first - 1 });
    else spans.push(span);
    i = span.last;
  }
  return spans;
}

function readDigits(tokens: Token[], i: number): NumberSpan | null {
  const token = tokens[i] as Token;
  let first = i;
  let currency: string | null = null;
  // "£6bn", "$1.2 billion", "US$5m"
  const before = tokens[i - 1];
  if (before && CURRENCY_SYMBOLS[before.text] && !token.space) {
    currency = CURRENCY_SYMBOLS[before.text] as string;
    first = i - 1;
    const us = tokens[i - 2];
    if (us && /^(US|A|C|HK|NZ)$/.test(us.text) && !before.space) first = i - 2;
  } else if (before && CURRENCY_CODES.has(before.lower) && before.text === before.text.toUpperCase()) {
    currency = before.text; // "USD 5 million"
    first = i - 1;
  }
  let last = i;
  let scale = 1;
  let percent = false;
  const next = tokens[i + 1];
  const scaleWord = next && next.space ? SCALES[next.lower] : undefined;
  let value = digitValue(token.text, scaleWord !== undefined || (glued(next) && !!GLUED_SCALES[next?.lower ?? '']));
  if (next && glued(next) && isWord(next)) {
    const glue = GLUED_SCALES[next.lower];
    // "5m" without a currency reads as metres unless a counted noun follows: "1.5m people"
    const counted = glue !== undefined && (currency !== null || !/^[mk]$/.test(next.lower) || isPluralNoun(tokens[i + 2]?.lower ?? ''));
    if (glue !== undefined && counted) {
      scale = glue;
      last = i + 1;
    } else if (PENCE.has(next.lower) && next.lower === 'p') {
      currency = 'GBP';
      value /= 100;
      last = i + 1;
    }
  } else if (next && next.text === '%') {
    percent = true;
    last = i + 1;
  } else if (scaleWord !== undefined && scaleWord > 100) {
    scale = scaleWord;
    last = i + 1;
  }
  // "12 million" may be followed by "dollars"; the unit step reads that
  const plain = /^\d+$/.test(token.text) && scale === 1 && currency === null;
  return { value: value * scale, first, last, form: 'digits', plain, scale, currency, percent };
}

/** "250,000", "450.000", "275 000", "1.5", "2,5"; `decimalDot`: a scale follows, so "1.500 million" is 1.5. */
function digitValue(text: string, decimalDot: boolean): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    const groups = text.split('.').length - 1;
    return decimalDot && groups === 1 ? Number(text) : Number(text.replace(/\./g, ''));
  }
  if (/\s/.test(text)) return Number(text.replace(/\s/g, ''));
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return Number(text);
}

/** "two", "twenty-five", "two hundred and fifty", "a dozen", "half a dozen", "two and a half", "1.5 million". */
function readWords(tokens: Token[], i: number): NumberSpan | null {
  let k = i;
  let total = 0;
  let current = 0;
  let numberWords = 0;
  let scale = 1;
  const opening = lowerAt(tokens, i);
  const second = lowerAt(tokens, i + 1);
  if (opening === 'half' && second === 'a' && lowerAt(tokens, i + 2) === 'dozen') {
    return { value: 6, first: i, last: k + 2, form: 'words', plain: false, scale: 1, currency: null, percent: false };
  }
  if (opening === 'a' && (second === 'dozen' || SCALES[second] !== undefined)) {
    current = 1;
    k++;
    numberWords++;
  }
  let last = -1;
  for (; k < tokens.length; k++) {
    const w = lowerAt(tokens, k);
    const next = lowerAt(tokens, k + 1);
    // "twenty-five", "five-and-a-half-year": hyphens inside a written number
    if (w === '-' && numberWords > 0 && glued(tokens[k]) && glued(tokens[k + 1]) && NUMBER_PARTS.has(next)) continue;
    if (SMALL[w] !== undefined && (current % 100 === 0 || current >= 20) && current % 10 === 0) {
      current += SMALL[w] as number;
    } else if (TENS[w] !== undefined && current % 100 === 0) {
      current += TENS[w] as number;
    } else if (w === 'dozen' && numberWords > 0) {
      current = (current || 1) * 12;
    } else if (SCALES[w] !== undefined && numberWords > 0) {
      const s = SCALES[w] as number;
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
        scale = s;
      }
    } else if (w === 'and' && numberWords > 0 && isHalf(tokens, k + 1)) {
      // "two and a half", "five-and-a-half-year"
      current += 0.5;
      k = skipHalf(tokens, k + 1);
      last = k;
      numberWords++;
      continue;
    } else if (w === 'and' && numberWords > 0 && current % 100 === 0 && current > 0 && (SMALL[next] !== undefined || TENS[next] !== undefined)) {
      continue; // "two hundred and fifty"
    } else break;
    numberWords++;
    last = k;
  }
  if (numberWords === 0 || last < 0) return null;
  const value = total + current;
  // "one" is a pronoun and an article as often as a number ("one of the", "one message"): only with a scale or a half
  if (value === 1 && opening === 'one' && last === i && !oneCounts(tokens, i)) return null;
  if (value === 0) return null;
  return { value, first: i, last, form: 'words', plain: false, scale, currency: null, percent: false };
}

/**
 * "one person, a 79-year-old man", "37 counts of fraud and one count of ...": "one" counts when its noun
 * is "person" or the singular of a noun counted earlier in the sentence.
 */
function oneCounts(tokens: Token[], i: number): boolean {
  const noun = lowerAt(tokens, i + 1);
  if (noun === 'person') return true;
  if (noun.length < 3) return false;
  const plural = `${noun}s`;
  for (let k = i - 2; k >= 0; k--) if (tokens[k]?.lower === plural && tokens[k - 1]?.digits) return true;
  return false;
}

/** Words a written number can open with; every other word is passed over at once. */
const NUMBER_STARTS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), 'a', 'half']);
const NUMBER_PARTS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALES), 'and', 'dozen']);

/** At "a half" / "-a-half" after "and". */
function isHalf(tokens: Token[], k: number): boolean {
  if (lowerAt(tokens, k) === '-') k++;
  const after = lowerAt(tokens, k + 1);
  return lowerAt(tokens, k) === 'a' && (after === 'half' || (after === '-' && lowerAt(tokens, k + 2) === 'half'));
}

function skipHalf(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k]?.lower !== 'half') k++;
  return k;
}
