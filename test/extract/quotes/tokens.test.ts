import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinTokens, tokenize } from '../../../src/extract/quotes/tokens.ts';

// the definition the hand-written scanner must agree with
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’\u2010-]*|[,;:()]/gu;
const byRegex = (text: string, offset = 0) => [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: (m.index ?? 0) + offset, end: (m.index ?? 0) + offset + m[0].length }));
const spans = (text: string, offset = 0) => tokenize(text, offset).map(({ text: t, start, end }) => ({ text: t, start, end }));

describe('tokenize', () => {
  const cases: [string, [string, string][]][] = [
    ['Zakaria Malahifji, a Turkey-based official', [['Zakaria', 'zakaria'], ['Malahifji', 'malahifji'], [',', ','], ['a', 'a'], ['Turkey-based', 'turkey-based'], ['official', 'official']]],
    ['the U.S. official said.', [['the', 'the'], ['U.S.', 'u.s.'], ['official', 'official'], ['said.', 'said']]],
    ['Assad’s forces (SAA); rebels’ lines: Brig. Gen.', [['Assad’s', 'assad'], ['forces', 'forces'], ['(', '('], ['SAA', 'saa'], [')', ')'], [';', ';'], ['rebels’', 'rebels'], ['lines', 'lines'], [':', ':'], ['Brig.', 'brig'], ['Gen.', 'gen']]],
    ['"____," said Ibáñez of Łódź in 𝐀lpha ‐ 2016', [[',', ','], ['said', 'said'], ['Ibáñez', 'ibáñez'], ['of', 'of'], ['Łódź', 'łódź'], ['in', 'in'], ['𝐀lpha', '𝐀lpha'], ['2016', '2016']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.key])).toEqual(expected);
  });

  it('finds the same tokens at the same offsets as the regex, for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZ9 .,;:()\'’‐-_"“”é\u00a0\u2010\u2019\ud835\udc00\ud835\ud800\udc00'.split('')) }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(fc.property(text, fc.nat(1000), (t, offset) => {
      expect(spans(t, offset)).toEqual(byRegex(t, offset));
    }), { numRuns: 2000 });
  });
});

describe('joinTokens', () => {
  const cases: [string, string][] = [
    ['Zakaria Malahifji , a Turkey-based official', 'Zakaria Malahifji, a Turkey-based official'],
    ['Office for National Statistics ( ONS ) said', 'Office for National Statistics (ONS) said'],
    ['the army: "all', 'the army: all'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(joinTokens(tokenize(text))).toBe(expected);
  });
});
