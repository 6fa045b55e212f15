// The table runner of the attribution tests: each case is a name, an article's paragraphs, and the
// quotes with their speakers that extractQuotes must find there, in order.
import { expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.ts';
import { makeArticle } from './make-article.ts';

export type SpeakerCase = [name: string, paragraphs: string[], quotes: [string, string | null][]];

/** One test per case; with `title`, the first paragraph is the article's title. */
export function checkSpeakers(cases: SpeakerCase[], title = false): void {
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(extractQuotes(makeArticle(paragraphs, { title })).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
}
