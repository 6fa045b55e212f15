import { describe, expect, it } from 'vitest';
import { readParagraph, type ParagraphReading } from '../../../src/extract/quotes/read-paragraph.ts';

const summary = (r: ParagraphReading) => ({
  people: r.people.map((p) => [p.name, p.at]),
  quotes: r.sentences.flatMap((s) => s.quotes.map((q) => [q.text, q.cue?.phrase ?? null, q.cue?.at ?? null])),
  speakers: r.sentences.flatMap((s) => s.speakers.map((c) => [c.phrase, c.at])),
  votes: [...r.votes],
});

describe('readParagraph', () => {
  const paragraph = '"The bottom line is in a maximum of two months," said Staffan de Mistura. Brenda Whitaker said she woke early. The army announced a pause.';

  it('reads the quotations, their cues, the people named and the pronouns after them', () => {
    expect(summary(readParagraph(paragraph, 'body', 0))).toEqual({
      people: [['Staffan de Mistura', 54], ['Brenda Whitaker', 74]],
      // the full stop stays on the cue phrase; parseMention drops it from the name
      quotes: [['The bottom line is in a maximum of two months,', 'Staffan de Mistura.', 54]],
      speakers: [['Brenda Whitaker', 74], ['The army', 111]],
      votes: [['whitaker', { m: 0, f: 1 }]],
    });
  });

  it('gives a paragraph read before the same reading, with its people moved to where it stands now', () => {
    const first = summary(readParagraph(paragraph, 'body', 0));
    const again = readParagraph(paragraph, 'body', 1000);
    expect(summary(again)).toEqual({ ...first, people: first.people.map(([name, at]) => [name, (at as number) + 1000]) });
  });

  it('hands each caller its own people', () => {
    readParagraph(paragraph, 'body', 0).people[0]?.roles.push('changed');
    expect(readParagraph(paragraph, 'body', 0).people[0]?.roles).toEqual([]);
  });
});
