// Step 2: a sentence to tokens with offsets. Numbers are read as one token with their separators:
// "250,000", the European "450.000", the spaced "275 000"; "U.S." and "ex-Nusra" split at the hyphen.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space before the token ("6" in "£6bn" has none, "bn" has none). */
  space: boolean;
  digits: boolean;
}

const TOKEN = new RegExp(
  [
    /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)/.source, // "250,000", "1,000.5"
    /\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)/.source, // "450.000", but not "$1.0768"
    /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)/.source, // "275 000"
    /\d+(?:[.,]\d+)?/.source, // "1.5", "2000"
    /\p{L}(?:\.\p{L})+\.?/u.source, // "U.S.", "U.N."
    /\p{L}+(?:['’]\p{L}+)*/u.source, // "Aleppo's", "it's"
    /\S/.source,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    tokens.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      space: start > 0 && /\s/.test(text[start - 1] as string),
      digits: /^\d/.test(m[0]),
    });
  }
  return tokens;
}

export const isWord = (t: Token | undefined): boolean => !!t && /^\p{L}/u.test(t.text);
/** A token glued to the one before ("bn" in "6bn", "-" in "five-year"). */
export const glued = (t: Token | undefined): boolean => !!t && !t.space;
