import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/fts-query.ts';

describe('toFtsQuery', () => {
  it('quotes every word, for every word and for any', () => {
    expect(toFtsQuery('trapped 250,000')).toEqual({ all: '"trapped" AND "250" AND "000"', any: '"trapped" OR "250" OR "000"' });
  });

  it("leaves out stop words, question words and an apostrophe's lone letter when other words remain", () => {
    expect(toFtsQuery("Why did the convoy to Hodeidah stop? What's next")?.all).toBe('"convoy" AND "Hodeidah" AND "stop" AND "next"');
  });

  it('keeps the words when all of them are stop words', () => {
    expect(toFtsQuery('it is')?.any).toBe('"it" OR "is"');
  });

  it('has nothing to search for in punctuation', () => {
    expect(toFtsQuery('?! *')).toBeNull();
  });
});
