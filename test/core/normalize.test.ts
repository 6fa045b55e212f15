import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKey, displayWords, foldTypography, foldWhiteSpace, wordTokens } from '../../src/core/normalize.ts';

// the definition the one-pass splitter must agree with
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const byRegex = (folded: string) => folded.split(' ').map((word) => word.replace(EDGES, '')).filter((word) => word.length > 0);

describe('displayWords and wordTokens', () => {
  it.each<[string, string[], string[]]>([
    ['Assad’s U.S.-backed forces', ["Assad's", 'U.S.-backed', 'forces'], ["assad's", 'u.s.-backed', 'forces']],
    ['  "We will stay," he said -- `firmly`.\n', ['We', 'will', 'stay', 'he', 'said', 'firmly'], ['we', 'will', 'stay', 'he', 'said', 'firmly']],
    ["rock`n`roll 250,000 (SAA)", ["rock'n'roll", '250,000', 'SAA'], ["rock'n'roll", '250,000', 'saa']],
    ['— … ---', [], []],
  ])('%j', (text, display, lower) => {
    expect(displayWords(text)).toEqual(display);
    expect(wordTokens(text)).toEqual(lower);
  });

  it('cut plain ASCII text as the regular expressions cut the folded text, and any other text too', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ9 .,;:()\'`"-_\t\n\r\u000b\u000c\u001f'.split('')) }),
      fc.string({ unit: fc.constantFrom(...'aZ9 .,`‘’‚‛“”„‟«»‐‑‒–—―−\u00a0\u2003′″éÉÿß×÷´…€£©ª²µ¼¿\ufb01\u0301'.split('')) }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(displayWords(t)).toEqual(byRegex(foldTypography(t)));
        expect(wordTokens(t)).toEqual(byRegex(compareKey(t)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldWhiteSpace', () => {
  const byRegex = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('folds every character as /\\s+/ and trim do, alone and between words', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `a ${c}b`, ` ${c}`, `ab${c} `]) if (foldWhiteSpace(text) !== byRegex(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('folds runs of spaces as the regular expression does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', 'é') });
    fc.assert(
      fc.property(text, (t) => {
        expect(foldWhiteSpace(t)).toBe(byRegex(t));
      }),
    );
  });
});
