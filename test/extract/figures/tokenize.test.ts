import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/figures/02-tokenize.ts';

/** The tokens as first read: one regular expression, and a test per token for what starts it. */
const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)|\d+(?:[.,]\d+)?|\p{L}(?:\.\p{L})+\.?|\p{L}+(?:['’]\p{L}+)*(?:\.[a-z]{2,4}(?![\p{L}\d]))?|\S/gu;
const tokenizeByRegex = (text: string) =>
  [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    space: m.index > 0 && /\s/.test(text[m.index - 1] as string),
    digits: /^\d/.test(m[0]),
    word: /^\p{L}/u.test(m[0]),
    capital: /^\p{Lu}/u.test(m[0]),
  }));

describe('tokenize', () => {
  it.each([
    ['More than 250,000 people are trapped in Aleppo.'],
    ['The U.S. and U.N. said 450.000 Syrians, $1.0768 and 275 000 ex-Nusra fighters’ homes…'],
    ['İstanbul’s ÉLAN 1,2345 12,345,6789 😀 a.b.c. x.y'],
    ['according to tracking site Layoffs.fyi. Shop at Amazon.com, not end.Next or abc.defgh'],
  ])('reads %j as the regular expression does', (text) => {
    expect(tokenize(text)).toEqual(tokenizeByRegex(text));
  });

  it('reads any text as the regular expression does', () => {
    const char = fc.constantFrom(...'09 1,.\u00a0\u202f\u2003\n\taBzÉßǅ\'’-%$£😀𝐀\ud800\udc00'.split(''), '😀', '𝐀', 'U.S.');
    fc.assert(fc.property(fc.array(char, { maxLength: 24 }).map((list) => list.join('')), (text) => {
      expect(tokenize(text)).toEqual(tokenizeByRegex(text));
    }), { numRuns: 3000 });
  });
});
