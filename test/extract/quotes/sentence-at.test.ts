import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../../src/extract/quotes/sentence-at.ts';

describe('sentenceAt', () => {
  it('finds what a scan from the end finds: the last sentence starting at or before the offset', () => {
    const starts = fc.array(fc.nat(500), { maxLength: 40 }).map((list) => list.sort((a, b) => a - b).map((at, i) => ({ at, text: `s${i}` })));
    fc.assert(
      fc.property(starts, fc.integer({ min: -5, max: 510 }), (sentences, at) => {
        expect(sentenceAt(sentences, at)).toBe(sentences.findLast((s) => s.at <= at));
      }),
      { numRuns: 2000 },
    );
  });
});
