// Text keys for comparing wordings: the same sentence scraped from two sites differs in quote marks,
// dashes, spacing and case ("Assad’s" / "Assad's"), none of which is a difference of wording.

const QUOTE_SINGLE = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const QUOTE_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Folds typography (curly quotes, dashes, odd spaces) but keeps case and punctuation. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_SINGLE, "'")
    .replace(QUOTE_DOUBLE, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key under which two copies of the same line compare equal. */
export function compareKey(text: string): string {
  return foldTypography(text).toLowerCase();
}

/** Lower-case word tokens with punctuation removed: "Assad’s U.S.-backed" -> ["assad's", "u.s.-backed"]. */
export function wordTokens(text: string): string[] {
  return compareKey(text)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
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
