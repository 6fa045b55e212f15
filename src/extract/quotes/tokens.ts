// Word tokens with their offsets, shared by the cue and name rules. "U.S.", "al-Assad", "Brig." and
// "Assad’s" stay one token; commas, colons and semicolons are tokens of their own.

export interface Token {
  text: string;
  /** Lower case without a closing full stop or possessive: "Said." -> "said", "Assad’s" -> "assad". */
  key: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’\u2010-]*|[,;:()]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const key = raw.toLowerCase().replace(/['’]s$/, '').replace(/(?<!\..)\.$/, '').replace(/[’']$/, '');
    out.push({ text: raw, key, start: (m.index ?? 0) + offset, end: (m.index ?? 0) + offset + raw.length });
  }
  return out;
}

export const isCapitalized = (word: string): boolean => /^[\p{Lu}]/u.test(word);

/** Tokens joined back with single spaces, commas and colons attached: "Malahifji , a" -> "Malahifji, a". */
export function joinTokens(tokens: readonly Token[]): string {
  return tokens
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,;:)])/g, '$1')
    .replace(/\( /g, '(');
}
