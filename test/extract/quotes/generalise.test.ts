// Rules found on the third held-out set (test/data/heldout/quotes3/): a phrase after a name that is no
// part of it, "whose ROLE, NAME", "add to" that is no speech, "a Democrat" that is no person, a headline
// quote that repeats a body quote, and a bare noun ("the city") that is no one's role.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.ts';
import { parseMention } from '../../../src/extract/quotes/05-parse-mention.ts';
import { resolveSpeakers } from '../../../src/extract/quotes/resolve-speakers.ts';
import { makeArticle } from './make-article.ts';

const quotes = (paragraphs: string[], title = false): [string, string | null][] =>
  extractQuotes(makeArticle(paragraphs, { title })).map((q) => [q.text, q.speaker]);

describe('parseMention: a name and a phrase after it', () => {
  const cases: [string, string | null][] = [
    ['Capt. Ron Billings of Deschutes County Fire District 2.', 'Ron Billings'],
    ['Lang in turn', 'Lang'],
    ['Ms Ransome for her part', 'Ransome'],
    // not cut: an organisation word; no person: a plural group, a possessive, one word before a capitalised "of"
    ['the Bank of England', 'Bank of England'],
    ['South Korea’s Joint Chiefs of Staff', null],
    ['One of the people familiar with his thinking', null],
    ['Residents of eastern Aleppo', null],
    ['Archbishop of Canterbury', null],
  ];
  it.each(cases)('%s', (raw, name) => {
    expect(parseMention(raw)?.name ?? null).toBe(name);
  });

  it('"whose ROLE, NAME," names the person, not the organisation', () => {
    const m = parseMention('Before the interview, we contacted the Atlantic and Gulf Port Employers Association, whose spokesman, Carl Jensen,');
    expect(m?.name).toBe('Carl Jensen');
    expect(m?.roles).toEqual(['spokesman']);
  });
});

describe('extractQuotes: rules from the third held-out set', () => {
  const cases: [string, string[], [string, string | null][]][] = [
    [
      '"add to" is no speech verb',
      ['Dr Ian Fenwick, a senior fellow at the Nuffield Trust, said the walkout would add to pressure on waiting lists that were already “at or close to their worst ever level”.'],
      [['at or close to their worst ever level', 'Ian Fenwick']],
    ],
    [
      '"a Democrat" is no person for "she"',
      [
        'Gov. Maria Delgado declared an emergency shortly after noon.',
        'Delgado, a Democrat in her first term, has made wildfire preparedness a central issue.',
        '"We saw this coming, and we got ready," she said.',
      ],
      [['We saw this coming, and we got ready,', 'Maria Delgado']],
    ],
    [
      'a headline quote takes the speaker of the body quote that holds its words',
      [
        "Oregon wildfire forces thousands to flee as governor warns of 'long night ahead'",
        'Gov. Maria Delgado declared an emergency shortly after noon.',
        '"We have a long night ahead of us," Delgado said.',
      ],
      [
        ['long night ahead', 'Maria Delgado'],
        ['We have a long night ahead of us,', 'Maria Delgado'],
      ],
    ],
    [
      '"Her husband, NAME," gives the name a role that says "he"',
      [
        'Debbie Kowalski said she woke up to water lapping at the side of her bed.',
        'Her husband, Rick Kowalski, spent the afternoon dragging soaked carpet to the curb.',
        '"We lost pretty much everything on the first floor," he said.',
      ],
      [['We lost pretty much everything on the first floor,', 'Rick Kowalski']],
    ],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(quotes(paragraphs, paragraphs[0]?.startsWith('Oregon'))).toEqual(expected);
  });
});

describe('resolveSpeakers: only a role noun links to a named speaker of another article', () => {
  const quote = (speaker: string, kind: 'person' | 'unknown', roles: string[] = []) => ({
    text: 'x', start: 0, end: 1, paragraph: 0, kind: 'full' as const, closed: true, speaker, speakerKind: kind,
    speakerMention: speaker, cue: 'after' as const, speakerRoles: roles, relayedBy: null,
  });
  it('"city" stays apart from a person whose role mentions the city', () => {
    const index = resolveSpeakers([
      { file: 'a', quotes: [quote('Amanda Price', 'person', ['the city emergency spokeswoman'])] },
      { file: 'b', quotes: [quote('city', 'unknown')] },
    ]);
    const names = index.byQuote.b?.map((id) => index.speakers.find((s) => s.id === id)?.name);
    expect(names).toEqual(['city']);
  });
});
