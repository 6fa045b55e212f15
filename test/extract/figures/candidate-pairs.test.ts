import { describe, expect, it } from 'vitest';
import { forEachCandidatePair, MAX_MEETINGS } from '../../../src/extract/figures/candidate-pairs.ts';
import type { QuantityFacts } from '../../../src/extract/figures/same-quantity.ts';

const toll = (value: number, file: number): QuantityFacts => ({
  kind: 'count', unitClass: 'people', value, file: `${file}.txt`, sentence: 0, repeat: false, claimant: 'reporter',
  event: 'killed', part: false, days: [], scope: [], words: [],
});

describe('forEachCandidatePair', () => {
  it('has a figure meet at most MAX_MEETINGS of an event, the closest in value first', () => {
    // 1,000 death tolls within each other's spread: all pairs would be 499,500 meetings
    const facts = Array.from({ length: 1000 }, (_, i) => toll(1000 + i, i));
    const met = new Map<number, number[]>();
    forEachCandidatePair(facts, (a, b) => met.set(b, [...(met.get(b) ?? []), a]));
    expect(Math.max(...[...met.values()].map((list) => list.length))).toBe(MAX_MEETINGS);
    expect(met.get(999)?.slice(0, 3)).toEqual([998, 997, 996]);
    expect(met.get(5)).toEqual([4, 3, 2, 1, 0]);
  });
});
