import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignFolded } from '../../../src/extract/figures/01-sentence-views.ts';

/** The alignment as first written: the folded text walked against the file character by character. */
function alignByWalking(folded: string, raw: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  const space = (k: number) => k < end && /\s/.test(raw[k] as string);
  let j = start;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === ' ') {
      while (j < end && !space(j)) j++;
      offsets[i] = j;
      while (space(j)) j++;
      continue;
    }
    while (space(j)) j++;
    offsets[i] = Math.min(j, end);
    if (raw[j] === folded[i]) j++;
  }
  offsets[folded.length] = Math.min(j, end);
  return offsets;
}

describe('alignFolded', () => {
  it('maps "More  than\\n250,000" folded to one space back to the file', () => {
    // the space of the folded text sits where the white space run starts
    expect(alignFolded('More than 250,000', 'xMore  than\n250,000', 1, 19)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('maps each character of a folded text to the file as walking the file does', () => {
    const raw = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', '\t', '.'), { maxLength: 14 }).map((list) => list.join(''));
    fc.assert(fc.property(raw, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, fold) => {
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      const folded = fold ? text.slice(start, end).replace(/\s+/g, ' ') : text.slice(start, end);
      expect(alignFolded(folded, text, start, end)).toEqual(alignByWalking(folded, text, start, end));
    }), { numRuns: 3000 });
  });
});
