import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/fts-query.ts';

describe('toFtsQuery', () => {
  it('quotes every word, for every word, all but one, and any', () => {
    expect(toFtsQuery('trapped 250,000')).toEqual({
      every: '"trapped" AND "250" AND "000"',
      most: '("250" AND "000") OR ("trapped" AND "000") OR ("trapped" AND "250")',
      any: '"trapped" OR "250" OR "000"',
    });
  });

  it('has no all-but-one query for one or two words, or for many', () => {
    expect(toFtsQuery('convoy Mosul')?.most).toBeNull();
    expect(toFtsQuery('a b c d e f g h i j k l m n o p q r s t u v w x y z')?.most).toBeNull();
    expect(toFtsQuery('convoys rebels trucks wheat flour fuel medicine')?.most).toBeNull();
  });

  it("leaves out stop words, question words and an apostrophe's lone letter when other words remain", () => {
    expect(toFtsQuery("Why did the convoy to Hodeidah stop? What's next")?.every).toBe('"convoy" AND "Hodeidah" AND "stop" AND "next"');
  });

  it('keeps the words when all of them are stop words', () => {
    expect(toFtsQuery('it is')?.any).toBe('"it" OR "is"');
  });

  it('has nothing to search for in punctuation', () => {
    expect(toFtsQuery('?! *')).toBeNull();
  });
});
