import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENTS, findEvent } from '../../../src/extract/figures/events.ts';

/** findEvent as first written: each event's pattern tried in turn, first match after, else last before. */
function findEventPatternByPattern(before: string, after: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const e of EVENTS) {
    const m = e.pattern.exec(after);
    if (m && (!best || m.index < best.at)) best = { name: e.name, at: m.index };
  }
  if (best) return best.name;
  for (const e of EVENTS) {
    const m = [...before.matchAll(new RegExp(e.pattern.source, 'g'))].pop();
    if (m && (!best || m.index > best.at)) best = { name: e.name, at: m.index };
  }
  return best?.name ?? null;
}

describe('findEvent', () => {
  it.each([
    ['', 'people are believed to be trapped inside rebel-held eastern Aleppo', 'trapped'],
    ['', 'civilians still remain in the city', 'trapped'],
    ['the death toll rose to', '', 'killed'],
    // "still remain in": trapped at "still", present at "remain"; before a number the later one counts
    ['troops still remain in', '', 'present'],
  ])('reads %j ... %j as %s', (before, after, event) => {
    expect(findEvent(before, after)).toBe(event);
  });

  it('finds what trying each event pattern in turn finds', () => {
    const word = fc.constantFrom('killed', 'dead', 'death', 'toll', 'lives', 'lost', 'their', 'homes', 'wounded', 'trapped', 'under', 'siege', 'still',
      'be', 'living', 'remain', 'remaining', 'in', 'inside', 'remains', 'fled', 'evacuated', 'escorted', 'arrested', 'there', 'were', 'present', 'home', 'to',
      'population', 'residents', 'of', 'people', 'the', 'killedx');
    const text = fc.array(word, { maxLength: 8 }).map((list) => list.join(' '));
    fc.assert(fc.property(text, text, (before, after) => {
      expect(findEvent(before, after)).toBe(findEventPatternByPattern(before, after));
    }), { numRuns: 3000 });
  });
});
