// Word tokens with their offsets, shared by the cue and name rules. "U.S.", "al-Assad", "Brig." and
// "Assad’s" stay one token; commas, colons and semicolons are tokens of their own.

export interface Token {
  text: string;
  /** Lower case without a closing full stop or possessive: "Said." -> "said", "Assad’s" -> "assad". */
  key: string;
  start: number;
  end: number;
}

/** The matches of /[\p{L}\p{N}][\p{L}\p{N}.'’\u2010-]*|[,;:()]/gu, scanned for by hand: a letter or digit
 *  and the word characters after it, or one of , ; : ( ). The regex does the same several times slower
 *  (test/extract/quotes/tokens.test.ts holds the two to the same answers). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const width = letterWidth(text, i, c);
    if (width === 0) {
      if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) out.push({ text: text.charAt(i), key: text.charAt(i), start: i + offset, end: i + 1 + offset });
      i += isPair(text, i) ? 2 : 1;
      continue;
    }
    let j = i + width;
    for (let more = wordWidth(text, j); more > 0; more = wordWidth(text, j)) j += more;
    const raw = text.slice(i, j);
    out.push({ text: raw, key: keyOf(raw), start: i + offset, end: j + offset });
    i = j;
  }
  return out;
}

/** 1 or 2 (a surrogate pair) when a letter or digit starts at `i`, else 0. */
function letterWidth(text: string, i: number, c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (isPair(text, i)) return isLetterOrDigit(text.codePointAt(i) ?? 0) ? 2 : 0;
  return isLetterOrDigit(c) ? 1 : 0;
}

/** The width of the character at `j` if it can go on a word: a letter, a digit, . ' ’ - or ‐. */
function wordWidth(text: string, j: number): number {
  if (j >= text.length) return 0;
  const c = text.charCodeAt(j);
  return c === 46 || c === 39 || c === 45 || c === 0x2019 || c === 0x2010 ? 1 : letterWidth(text, j, c);
}

function isPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// 0 not yet asked, 1 a letter or digit, 2 not: for every character below U+10000
const bmpLetters = new Uint8Array(0x10000);

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint >= 0x10000) return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
  let known = bmpLetters[codePoint] ?? 0;
  if (known === 0) bmpLetters[codePoint] = known = LETTER_OR_DIGIT.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

// most words end in none of s . ' ’ and are only lower-cased
const TRIMMABLE_END = /[s.'’]$/;

function keyOf(raw: string): string {
  const lower = raw.toLowerCase();
  if (!TRIMMABLE_END.test(lower)) return lower;
  return lower.replace(/['’]s$/, '').replace(/(?<!\..)\.$/, '').replace(/[’']$/, '');
}

export const isCapitalized = (word: string): boolean => /^[\p{Lu}]/u.test(word);

/** Tokens joined back with single spaces, commas and colons attached: "Malahifji , a" -> "Malahifji, a". */
export function joinTokens(tokens: readonly Token[]): string {
  const out = tokens.map((t) => t.text).join(' ');
  // these marks are tokens of their own, never inside a word: most phrases have none
  return /[,;:()]/.test(out) ? out.replace(/ ([,;:)])/g, '$1').replace(/\( /g, '(') : out;
}
