// Constructions met in the second held-out round (test/data/heldout/quotes2/), each on sentences written
// in the same house styles but not copied from those articles, so the rules are shown to be general:
// shared subjects after "and", lead verbs ("used to say"), dates that are not people, role subjects
// picked up by a later "he", colon lead-ins across paragraphs, "the two countries", "the statement",
// and quoted words nobody said.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.ts';
import { makeArticle } from './make-article.ts';

const quotes = (paragraphs: string[]): [string, string | null][] =>
  extractQuotes(makeArticle(paragraphs)).map((q) => [q.text, q.speaker]);

describe('extractQuotes: speakers in wire, broadsheet and regional styles', () => {
  const cases: [string, string[], [string, string | null][]][] = [
    [
      '"X called it "A" and said "B"": the verb after "and" shares the subject',
      ['Councillor Ruth Ames, who chairs the planning committee, called the scheme "a bad joke" and said residents "were never asked."'],
      [['a bad joke', 'Ruth Ames'], ['were never asked.', 'Ruth Ames']],
    ],
    [
      'a bracketed acronym after an organisation is not part of its name',
      ['The World Food Programme (WFP) said food stocks would "run out within weeks".'],
      [['run out within weeks', 'World Food Programme']],
    ],
    [
      '"used to say": the lead verb belongs to the subject, not the speaker\'s name',
      ['Her first editor, Tom Vance, used to say, "Nobody reads the second paragraph."'],
      [['Nobody reads the second paragraph.', 'Tom Vance']],
    ],
    [
      'a time phrase without a comma before the subject',
      ['In 1962 the physicist Niels Ostrander predicted that cities would "run on sunlight by the year 2000".'],
      [['run on sunlight by the year 2000', 'Niels Ostrander']],
    ],
    [
      '"she" after "on the morning of 3 May": a month is no woman',
      ['Karen Doyle runs the shelter.', 'On the morning of 3 May, she found the doors open. "Someone had a key," she said.'],
      [['Someone had a key,', 'Karen Doyle']],
    ],
    [
      '"Asked how ...": a participle that opens the sentence is no name',
      ['Finance Secretary Paul Rhee presented the budget.', 'Asked whether taxes would rise, he said: "Not this year."'],
      [['Not this year.', 'Paul Rhee']],
    ],
    [
      '"an earlier post" is a noun, so "The company said" keeps its subject',
      ['The airline said in an earlier post on its website that flights were "operating normally".'],
      [['operating normally', 'airline']],
    ],
    [
      'a pronoun in a clause is read where it stands: "X posted that she would ..."',
      [
        'Maria Gomez, a tenant in the block, wrote on Facebook that she had waited a year. "Nobody calls back," she wrote.',
        'Labour MP Jane Holt posted on X that she would raise the case. "This is a scandal," she said in the post.',
      ],
      [['Nobody calls back,', 'Maria Gomez'], ['This is a scandal,', 'Jane Holt']],
    ],
    [
      '"The opposition leader was unmoved. "...," he said": the role subject of a sentence without a quote',
      [
        'Opposition leader Piotr Zalewski called the plan "a bribe", and Prime Minister Adam Nowak rejected that.',
        '"It is a lifeline," the prime minister told reporters.',
        'The opposition leader was unmoved. "A lifeline for whom?" he said.',
      ],
      [['a bribe', 'Piotr Zalewski'], ['It is a lifeline,', 'Adam Nowak'], ['A lifeline for whom?', 'Piotr Zalewski']],
    ],
    [
      'a quote that opens the paragraph after one ending in a colon',
      ['After the verdict, Mr Dalton read a short statement outside the court:', '“We have waited eleven years for this day.', '“Today we can rest,” he said.'],
      [['We have waited eleven years for this day.', 'Dalton'], ['Today we can rest,', 'Dalton']],
    ],
    [
      '"the two countries" and "the statement" point back to the pair and its statement',
      [
        'India and Pakistan agreed on Monday to reopen the border crossing.',
        'In a joint statement, the two countries said the move would "ease the movement of pilgrims". "Both sides will review the arrangement in six months," the statement said.',
      ],
      [['ease the movement of pilgrims', 'India and Pakistan'], ['Both sides will review the arrangement in six months,', 'India and Pakistan']],
    ],
    [
      '"The group" after a named organisation that spoke',
      [
        'A wildlife charity said last week that it would sue.',
        'The campaign organisation Green Rivers, in a statement on Tuesday, urged ministers to act. The group also accused the regulator of being "asleep at the wheel".',
      ],
      [['asleep at the wheel', 'Green Rivers']],
    ],
    [
      '"Japan’s Ministry of Defense": "of" inside an organisation’s name',
      ['Japan’s Ministry of Defense said in a statement that it would "respond firmly".'],
      [['respond firmly', 'Japan’s Ministry of Defense']],
    ],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: quoted words that nobody said', () => {
  const cases: [string, string[]][] = [
    ['a word someone never used', ['My father drove a bus for forty years and never once called it "a career".']],
    ['a word named as a topic', ['In this office a "team" is what you are until the budget runs out.']],
    ['a label before its noun', ['Yet the "work from anywhere" policies keep multiplying.']],
    ['an ironic degree after "how"', ['It tells you how "transparent" the process really is.']],
  ];
  it.each(cases)('%s', (_, paragraphs) => {
    expect(quotes(paragraphs)).toEqual([]);
  });

  it('keeps a short quote that a speech verb introduces', () => {
    expect(quotes(['The mayor described the report as a "complete whitewash" of the council.'])).toEqual([['complete whitewash', 'mayor']]);
  });
});
