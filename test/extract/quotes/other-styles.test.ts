// Constructions of other house styles than the seed briefing's, on sentences of the held-out articles
// (test/data/heldout/quotes/): British single-mark headlines, he/she by gender, a name set off after its
// role, passive and participle cues, colon labels, and titles that are no quotations.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.ts';
import { findQuoteMarks } from '../../../src/extract/quotes/02-find-quote-marks.ts';
import { makeArticle } from './make-article.ts';

const quotes = (paragraphs: string[], title = false): [string, string | null][] =>
  extractQuotes(makeArticle(paragraphs, { title })).map((q) => [q.text, q.speaker]);

describe('findQuoteMarks with single marks (headlines)', () => {
  const cases: [string, string[]][] = [
    ["Rent reforms 'a betrayal of tenants', says Labour", ['a betrayal of tenants']],
    ['‘The sea takes a little more every winter’: life on England’s vanishing coast', ['The sea takes a little more every winter']],
    // apostrophes: a plural possessive and "England's"
    ["Related: Renters' Reform Bill: What is changing?", []],
    ["England's coast loses 35 homes in two years' time", []],
  ];
  it.each(cases)('%s', (source, expected) => {
    expect(findQuoteMarks(source, { single: true }).map((q) => source.slice(q.innerStart, q.innerEnd))).toEqual(expected);
  });

  it('reads single marks only when asked (body text)', () => {
    expect(findQuoteMarks("Rent reforms 'a betrayal of tenants', says Labour")).toEqual([]);
  });
});

describe('extractQuotes: other house styles', () => {
  const cases: [string, string[], [string, string | null][]][] = [
    ['single marks in a headline', ["Rent reforms 'a betrayal of tenants', says Labour", 'Body.'], [['a betrayal of tenants', 'Labour']]],
    [
      'he/she: the last person of that gender, named or quoted',
      [
        "Gov. Elena Marsh's new memoir has reopened a dispute with state Attorney General David Kerr.",
        'In the book, Marsh describes the investigation as a "political witch hunt" designed to derail her campaign.',
        'Kerr rejected that account on Wednesday. "The governor is entitled to write whatever she likes about herself," he said.',
        'Marsh, a Democrat, has defended the contracts. Asked on Wednesday about Kerr\'s remarks, she stood by the book.',
        '"I wrote what I lived through," she said.',
      ],
      [
        ['political witch hunt', 'Elena Marsh'],
        ['The governor is entitled to write whatever she likes about herself,', 'David Kerr'],
        ['I wrote what I lived through,', 'Elena Marsh'],
      ],
    ],
    [
      'gender from the article\'s own pronouns ("on her kitchen windowsill")',
      ['Bryony Fletcher keeps a tape measure on her kitchen windowsill.', 'Keith Aldridge chairs the village action group.', '“Now I measure it,” she says.'],
      [['Now I measure it,', 'Bryony Fletcher']],
    ],
    [
      'a name set off by commas after a role',
      ["Outside court, the trust's chair, Linda Okoye, said: \"Today we can finally start to put this behind us.\""],
      [['Today we can finally start to put this behind us.', 'Linda Okoye']],
    ],
    [
      'a name after a possessive role',
      ['Its chief executive, Dan Okafor, told the BBC: "Renters were promised security and they have been given another excuse."'],
      [['Renters were promised security and they have been given another excuse.', 'Dan Okafor']],
    ],
    ['an acronym is not "who"', ['"The increase in measles outbreaks is staggering," the WHO said in a report.'], [['The increase in measles outbreaks is staggering,', 'WHO']]],
    [
      'according to a statement from an organisation with "for" and "and" in its name',
      ['According to a statement from the European Centre for Disease Prevention and Control (ECDC), "the risk of further spread is assessed as moderate".'],
      [['the risk of further spread is assessed as moderate', 'European Centre for Disease Prevention and Control']],
    ],
    [
      '"X said ... and warned": the subject of the first verb',
      ['The National Weather Service said more rain was expected through Friday and warned of “life-threatening” flash flooding in low-lying areas.'],
      [['life-threatening', 'National Weather Service']],
    ],
    [
      '"X said Y had ... and had described": the subject of the paired "had"',
      ['Prosecutors said Pettigrew had forged board minutes to hide the payments and had described the consultancy to auditors as "a routine procurement arrangement".'],
      [['a routine procurement arrangement', 'Pettigrew']],
    ],
    [
      'passive with the speaker after the quote',
      ['The plans have been described as "a betrayal of tenants" by Labour, after ministers confirmed a delay.'],
      [['a betrayal of tenants', 'Labour']],
    ],
    [
      'a participle clause: the sentence subject speaks',
      ['Mr Hale defended the timetable, telling MPs in the Commons that the changes had to be "done properly".'],
      [['done properly', 'Hale']],
    ],
    [
      'a colon after a name and role',
      ['Sevilla coach Javier Molina: "It hurts. We had the game in our hands for an hour and we let it go."'],
      [['It hurts. We had the game in our hands for an hour and we let it go.', 'Javier Molina']],
    ],
    [
      'a headline quoting words of a body quote',
      ["'The sea takes a little more every winter': life on England's vanishing coast", '“I’m 67,” Bryony Fletcher says. “The sea takes a little more every winter, and I’m not starting again.”'],
      [
        ['The sea takes a little more every winter', 'Bryony Fletcher'],
        ['I’m 67,', 'Bryony Fletcher'],
        ['The sea takes a little more every winter, and I’m not starting again.', 'Bryony Fletcher'],
      ],
    ],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotes(paragraphs, /^'/.test(paragraphs[0] ?? '') || /says Labour$/.test(paragraphs[0] ?? ''))).toEqual(expected);
  });
});

describe('extractQuotes: marks that quote nobody, and no speaker', () => {
  const cases: [string, string[], [string, string | null][]][] = [
    ['a book title', ["Gov. Elena Marsh's new memoir, \"The Long Way Home\", has reopened a bitter public dispute."], []],
    ['an operation name', ['The inquiry, which his office code-named "Operation Clean Ledger", found irregularities.'], []],
    ['a label inside a noun phrase', ['She has looked at the council’s “rollback” scheme, but says it would not cover the cost of a new house.'], []],
    ['a place before a colon is no speaker', ['Syria: "We will not leave our city."'], [['We will not leave our city.', null]]],
    ['a man is never "she"', ['Sheriff Tom Caudill said deputies had rescued 40 people.', '"Any additional rainfall is going to run straight into the creeks," she said.'], [['Any additional rainfall is going to run straight into the creeks,', null]]],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});
