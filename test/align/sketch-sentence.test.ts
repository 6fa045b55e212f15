import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKETCH_SIZE, sketchSentence } from '../../src/align/sketch-sentence.ts';
import { wordTokens } from '../../src/core/normalize.ts';

/** The sketch as first written: the joined 3-grams hashed, deduplicated, sorted, cut. Stored sketches hold these hashes. */
function referenceSketch(text: string): number[] {
  const words = wordTokens(text);
  if (words.length < 6) return [];
  const hashes = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) {
    let hash = 0x811c9dc5;
    const shingle = words.slice(i, i + 3).join(' ');
    for (let j = 0; j < shingle.length; j++) {
      hash ^= shingle.charCodeAt(j);
      hash = Math.imul(hash, 0x01000193);
    }
    hashes.add(hash | 0);
  }
  return [...hashes].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

describe('sketchSentence', () => {
  it.each([
    'Rebels said they had no plan to leave the eastern districts of Aleppo.',
    'Militants said they had no plan to leave the eastern districts of Aleppo.',
    'the the the the the the the the',
    'They have to.',
    'Assad’s U.S.-backed rivals — “moderate” rebels — rejected the offer on Thursday, naïvely.',
  ])('keeps the hashes of the first sketches: %s', (text) => {
    expect(sketchSentence(text)).toEqual(referenceSketch(text));
  });

  it('gives a copy and its rewrite shared hashes', () => {
    const copy = sketchSentence('Rebels said they had no plan to leave the eastern districts of Aleppo.');
    const rewrite = sketchSentence('Militants said they had no plan to leave the eastern districts of Aleppo.');
    expect(copy.filter((hash) => rewrite.includes(hash)).length).toBeGreaterThan(0);
  });

  it('equals the first sketches on any words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abc AB.,’é-'.split('')), maxLength: 6 });
    fc.assert(fc.property(fc.array(word, { maxLength: 30 }), (words) => {
      const text = words.join(' ');
      expect(sketchSentence(text)).toEqual(referenceSketch(text));
    }), { numRuns: 500 });
  });
});
