import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from '../../../src/extract/quotes/02-find-quote-marks.ts';

const inner = (source: string): [string, boolean][] =>
  findQuoteMarks(source).map((q) => [source.slice(q.innerStart, q.innerEnd), q.closed]);

describe('findQuoteMarks', () => {
  const cases: [string, [string, boolean][]][] = [
    // curly marks
    ['Assad said he would “continue the fight.”', [['continue the fight.', true]]],
    // straight marks, split quote: two spans
    [
      '"It\'s impossible for the rebel groups to leave," Zakaria Malahifji told Reuters. "Aleppo is not like other areas."',
      [["It's impossible for the rebel groups to leave,", true], ['Aleppo is not like other areas.', true]],
    ],
    // a closing mark missing: the quote runs to the end of the paragraph
    [
      '"It’s unclear how long they will last," the U.S. official said. "There is only so much they can endure.',
      [['It’s unclear how long they will last,', true], ['There is only so much they can endure.', false]],
    ],
    // nested single marks stay inside the outer quote
    [
      '“Our response to the Americans was as follows: ‘we cannot leave our city’,” said Malahifji.',
      [['Our response to the Americans was as follows: ‘we cannot leave our city’,', true]],
    ],
    // apostrophes and single marks alone are not quotes
    ['US-backed force ‘mopping up’ last Daesh holdouts', []],
    ["Assad's forces and the rebels' last urban area", []],
  ];
  it.each(cases)('%s', (source, expected) => {
    expect(inner(source)).toEqual(expected);
  });
});
