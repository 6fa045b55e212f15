import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ArticleQuotes, mergeQuotes, type Quote, sameQuote } from '../../../src/extract/quotes/index.ts';

const quote = (text: string, speaker: string | null): Quote => ({
  text, start: 0, end: text.length, paragraph: 0, kind: 'full', closed: true, speaker, speakerKind: speaker ? 'person' : 'unknown',
  speakerMention: speaker, cue: 'after', speakerRoles: [], relayedBy: null,
});

/** mergeQuotes as first written: each quote compared with every group made so far. */
function mergeByComparingAll(articles: readonly ArticleQuotes[]): { text: string; speakerId: string | null; files: string[] }[] {
  const merged: { text: string; speakerId: string | null; files: string[] }[] = [];
  for (const { file, quotes } of articles) {
    for (const q of quotes) {
      const group = merged.find((m) => (m.speakerId === q.speaker || !m.speakerId || !q.speaker) && sameQuote(m.text, q.text));
      if (!group) merged.push({ text: q.text, speakerId: q.speaker, files: [file] });
      else {
        if (!group.files.includes(file)) group.files.push(file);
        if (!group.speakerId && q.speaker) group.speakerId = q.speaker;
      }
    }
  }
  return merged;
}

describe('mergeQuotes', () => {
  it('finds the same groups as comparing every quote with every group', () => {
    // few words, so that wordings overlap, contain each other and share their rarest words often
    const words = fc.constantFrom('we', 'will', 'not', 'leave', 'the', 'city', 'rebels', 'militants', 'aleppo', 'now', 'never', 'people');
    const text = fc.array(words, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
    const article = fc.array(fc.tuple(text, fc.constantFrom('Ann Lee', 'Bo Chan', null)), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 12 }), (list) => {
        const articles = list.map((quotes, i) => ({ file: `${i}.txt`, quotes: quotes.map(([t, s]) => quote(t, s)) }));
        const fast = mergeQuotes(articles).map(({ text, speakerId, files }) => ({ text, speakerId, files }));
        expect(fast).toEqual(mergeByComparingAll(articles));
      }),
      { numRuns: 500 },
    );
  });

  it('joins a wording held whole by a longer one, whichever comes first', () => {
    const long = quote('It is impossible for the rebel groups to leave Aleppo because this would be a trick', 'Zakaria Malahifji');
    const short = quote('a trick by the regime', 'Zakaria Malahifji');
    const part = quote('the rebel groups to leave Aleppo', 'Zakaria Malahifji');
    for (const order of [[long, part], [part, long]]) {
      const merged = mergeQuotes(order.map((q, i) => ({ file: `${i}.txt`, quotes: [q] })));
      expect(merged).toHaveLength(1);
      expect(merged[0]?.files).toEqual(['0.txt', '1.txt']);
    }
    expect(mergeQuotes([{ file: 'a.txt', quotes: [long] }, { file: 'b.txt', quotes: [short] }])).toHaveLength(2);
  });
});
