import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, tokensOfName } from '../../../src/extract/quotes/name-key.ts';

// the steps a key is defined by; nameKey skips the ones that cannot change its input
const byDefinition = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/\b(\p{L})\.(?!\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('nameKey', () => {
  const cases: [string, string][] = [
    ['U.S. official', 'us official'],
    ['US official', 'us official'],
    ['Bashar al-Assad', 'bashar al assad'],
    ['Bashar al Assad', 'bashar al assad'],
    ['Assad’s forces', 'assad forces'],
    ['Office for National Statistics (ONS)', 'office for national statistics'],
    ['Marta Ibáñez', 'marta ibanez'],
    ['  Zakaria   Malahifji ', 'zakaria malahifji'],
  ];
  it.each(cases)('%s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('gives the key of its definition for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aZé ’\'s.-()_Ü1\u0301'.split('')) }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(fc.property(text, (name) => {
      expect(nameKey(name)).toBe(byDefinition(name));
    }), { numRuns: 3000 });
  });

  it('splits a name into the words of its key', () => {
    expect(tokensOfName('Staffan de Mistura')).toEqual(['staffan', 'de', 'mistura']);
    expect(tokensOfName('')).toEqual([]);
  });
});
