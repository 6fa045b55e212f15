import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedWords, sharesAtLeast } from '../../src/core/sorted-bag.ts';

const bag = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 10 }).map((list) => Int32Array.from(list).sort());

describe('sharesAtLeast', () => {
  it('says whether sharedWords reaches the bound, for every bound', () => {
    fc.assert(
      fc.property(bag, bag, fc.integer({ min: 0, max: 12 }), (a, b, need) => {
        expect(sharesAtLeast(a, b, need)).toBe(sharedWords(a, b) >= need);
      }),
      { numRuns: 1000 },
    );
  });
});
