// Text keys for comparing wordings: the same sentence scraped from two sites differs in quote marks,
// dashes, spacing and case ("Assad’s" / "Assad's"), none of which is a difference of wording.

/** What foldTypography makes of each kind of mark, and the marks of each kind. */
const FOLDS: readonly [to: string, marks: string][] = [
  ["'", '\u2018\u2019\u201a\u201b\u2032\u0060\u00b4'],
  ['"', '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'],
  ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'],
];
const [QUOTE_SINGLE, QUOTE_DOUBLE, DASHES] = FOLDS.map(([, marks]) => new RegExp(`[${marks}]`, 'g')) as [RegExp, RegExp, RegExp];

/** Folds typography (curly quotes, dashes, odd spaces) but keeps case and punctuation. */
export function foldTypography(text: string): string {
  return foldWhiteSpace(text.normalize('NFKC').replace(QUOTE_SINGLE, "'").replace(QUOTE_DOUBLE, '"').replace(DASHES, '-'));
}

/**
 * `text.replace(/\s+/g, ' ').trim()`. Most paragraphs and sentences already have single spaces only, and
 * the regex still rebuilds them space by space (the slowest part of cleaning an article), so the text
 * is first read for anything to fold.
 */
export function foldWhiteSpace(text: string): string {
  return hasSpaceToFold(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** White space at either end, any but a plain space, or two in a row. */
function hasSpaceToFold(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || isJsSpace(text.charCodeAt(i + 1))) return true;
    } else if (isJsSpace(code)) {
      return true;
    }
  }
  return false;
}

/** What `\s` (and so `trim`) matches: ASCII tab to carriage return and space, and Unicode's spaces,
 *  line and paragraph separators and the byte-order mark. */
function isJsSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A key under which two copies of the same line compare equal. */
export function compareKey(text: string): string {
  return foldTypography(text).toLowerCase();
}

/** Lower-case word tokens with punctuation removed: "Assad’s U.S.-backed" -> ["assad's", "u.s.-backed"]. */
export function wordTokens(text: string): string[] {
  return splitWords(text, true);
}

/** Words as written (case kept), without the punctuation around them: "Assad’s U.S.-backed" -> ["Assad's", "U.S.-backed"]. */
export function displayWords(text: string): string[] {
  return splitWords(text, false);
}

/** Words as the team's scorer counts them: "U.S." is two, "250,000" two, "it's" one. */
export function countWords(text: string): number {
  const folded = foldTypography(text)
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/'/g, '')
    .trim();
  return folded ? folded.split(/\s+/).length : 0;
}

/**
 * The words of the text with typography folded and the punctuation around each word trimmed. Most text
 * is ASCII with a few curly quotes, dashes and accented Latin letters, which Unicode normalization leaves
 * as they are: such text is cut in one pass. Any other character sends the whole text through
 * normalization and regular expressions (both give the same words).
 */
function splitWords(text: string, lower: boolean): string[] {
  const words: string[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    let end = i;
    let folds = false;
    while (end < length && !isSpace(text.charCodeAt(end))) {
      const code = text.charCodeAt(end);
      if (FOLDED_PUNCTUATION[code] !== undefined) folds = true;
      else if (code > 0x7f && !isStableLatin1Letter(code) && !STABLE_SYMBOLS.has(code)) return splitWordsUnicode(text, lower);
      end++;
    }
    let start = i;
    let stop = end;
    while (start < stop && !isWordCharacter(text.charCodeAt(start))) start++;
    while (stop > start && !isWordCharacter(text.charCodeAt(stop - 1))) stop--;
    if (stop > start) {
      const word = folds ? foldPunctuation(text.slice(start, stop)) : text.slice(start, stop);
      words.push(lower ? word.toLowerCase() : word);
    }
    i = end;
  }
  return words;
}

/**
 * By character code, what folding makes of a mark that normalization leaves as it is (made from FOLDS,
 * so the two cannot part), and of the ellipsis, which normalization itself spells out.
 */
const FOLDED_PUNCTUATION: Record<number, string> = Object.fromEntries([
  ...FOLDS.flatMap(([to, marks]) => [...marks].filter((mark) => mark.normalize('NFKC') === mark).map((mark) => [mark.charCodeAt(0), to])),
  [0x2026, '...'],
]);
/** Signs that are neither letters nor digits and that normalization keeps: ¡ ¢ £ ¤ ¥ ¦ § © ¬ ® ° ± ¶ · ¿ €. */
const STABLE_SYMBOLS = new Set([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xac, 0xae, 0xb0, 0xb1, 0xb6, 0xb7, 0xbf, 0x20ac]);

function foldPunctuation(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    folded += FOLDED_PUNCTUATION[code] ?? word[i];
  }
  return folded;
}

/** Below 0x80 `\s` matches tab to carriage return and space; no-break space (0xa0) normalizes to a space. */
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
/** À to ÿ but × and ÷: letters, and precomposed, so normalization keeps them. */
const isStableLatin1Letter = (code: number) => code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7;
const isWordCharacter = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || isStableLatin1Letter(code);

function splitWordsUnicode(text: string, lower: boolean): string[] {
  const folded = lower ? compareKey(text) : foldTypography(text);
  return folded
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}
