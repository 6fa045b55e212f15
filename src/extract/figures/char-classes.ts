// Character tests by code, for the scanners that run over every character of an article: the same
// classes as the regular expressions `\s`, `\p{L}` and `\p{Lu}`, without a regular expression per call
// for the ASCII that most of the text is.

/** `/\s/` on one UTF-16 code unit. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const LETTER = /\p{L}/uy;
const UPPER = /\p{Lu}/uy;

/** The length (1 or 2 code units) of the letter at `at`, 0 when `\p{L}` does not match there. */
export function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (Number.isNaN(code)) return 0;
  LETTER.lastIndex = at;
  return LETTER.test(text) ? LETTER.lastIndex - at : 0;
}

/** `/^\p{Lu}/u` on `text.slice(at)`. */
export function upperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  if (Number.isNaN(code)) return false;
  UPPER.lastIndex = at;
  return UPPER.test(text);
}
