// Step 2: a sentence to tokens with offsets. Numbers are read as one token with their separators:
// "250,000", the European "450.000", the spaced "275 000"; "U.S." and "ex-Nusra" split at the hyphen.
// A scanner over the characters, reading what one regular expression would
// (number | `\p{L}(?:\.\p{L})+\.?` | `\p{L}+(?:['’]\p{L}+)*(?:\.[a-z]{2,4}(?![\p{L}\d]))?` | `\S`), at a
// fraction of its cost; a web domain ("Layoffs.fyi") is one word.
import { isDigitCode, isSpaceCode, letterAt, upperAt } from './char-classes.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space before the token ("6" in "£6bn" has none, "bn" has none). */
  space: boolean;
  digits: boolean;
  /** Starts with a letter: "Aleppo", "U.S.", "it's". */
  word: boolean;
  /** Starts with an upper-case letter: "Aleppo", "U.N.". */
  capital: boolean;
}

/** At a digit: the longest number form that fits, tried in this order. */
const NUMBER = new RegExp(
  [
    /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)/.source, // "250,000", "1,000.5"
    /\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)/.source, // "450.000", but not "$1.0768"
    /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)/.source, // "275 000"
    /\d+(?:[.,]\d+)?/.source, // "1.5", "2000"
  ].join('|'),
  'y',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    let end: number;
    let word = false;
    if (isDigitCode(code)) {
      NUMBER.lastIndex = i;
      NUMBER.test(text);
      end = NUMBER.lastIndex;
    } else {
      const letter = letterAt(text, i);
      if (letter > 0) {
        word = true;
        end = readWord(text, i + letter);
      } else {
        // one code point: "“", "-", "😀"
        end = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
      }
    }
    const token = text.slice(i, end);
    tokens.push({
      text: token,
      lower: hasUpper(text, i, end) ? token.toLowerCase() : token,
      start: i,
      end,
      space: i > 0 && isSpaceCode(text.charCodeAt(i - 1)),
      digits: isDigitCode(code),
      word,
      capital: word && upperAt(text, i),
    });
    i = end;
  }
  return tokens;
}

/** Whether `text.slice(from, to)` may change in lower case: an ASCII capital or any non-ASCII character. */
function hasUpper(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return true;
  }
  return false;
}

/** After a word's first letter at `k`: "U.S." (single letters with dots) or "Aleppo's" (letters, apostrophes inside). */
function readWord(text: string, k: number): number {
  let end = k;
  let dotted = 0;
  for (let next = letterAfterDot(text, end); next > 0; next = letterAfterDot(text, end)) {
    end += 1 + next;
    dotted++;
  }
  if (dotted > 0) return text.charCodeAt(end) === 46 ? end + 1 : end;
  end = k;
  for (;;) {
    for (let letter = letterAt(text, end); letter > 0; letter = letterAt(text, end)) end += letter;
    const code = text.charCodeAt(end);
    if (code === 46) return end + domainSuffix(text, end + 1);
    if (code !== 39 && code !== 0x2019) return end;
    const letter = letterAt(text, end + 1);
    if (letter === 0) return end;
    end += 1 + letter;
  }
}

/** "fyi" in "Layoffs.fyi", "com" in "Amazon.com": 1 + the length of a web domain's ending after a dot, else 0. */
function domainSuffix(text: string, k: number): number {
  let end = k;
  while (end < text.length && end - k < 5 && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  const length = end - k;
  return length >= 2 && length <= 4 && letterAt(text, end) === 0 && !isDigitCode(text.charCodeAt(end)) ? 1 + length : 0;
}

/** ".S" in "U.S.": the length of the letter after a dot at `k`, else 0. */
function letterAfterDot(text: string, k: number): number {
  return text.charCodeAt(k) === 46 ? letterAt(text, k + 1) : 0;
}

export const isWord = (t: Token | undefined): boolean => !!t && t.word;
/** The lower-case text of token `k`, "" past either end. */
export const lowerAt = (tokens: Token[], k: number): string => tokens[k]?.lower ?? '';
/** A token glued to the one before ("bn" in "6bn", "-" in "five-year"). */
export const glued = (t: Token | undefined): boolean => !!t && !t.space;
