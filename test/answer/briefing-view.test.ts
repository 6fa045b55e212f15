// The view reads each part of the store when an answer first needs it: quotes and figures never load
// the briefing's sentences, search reads only the copies of its hits, and only sources reads word diffs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer-query.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import type { BriefingStore } from '../../src/store/store.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeAll(() => {
  temp = tempBriefing();
  ingestBriefing({ store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle });
});
afterAll(() => temp.cleanup());

/** The store's methods a fresh view (a new store object has no cached view) calls to answer the texts in turn, by name. */
function readsOf(...texts: string[]): string[] {
  const calls: string[] = [];
  const counting = new Proxy(temp.store, {
    get: (store, name: keyof BriefingStore) => {
      const method = store[name];
      return typeof method === 'function' ? (...args: unknown[]) => (calls.push(name), (method as (...a: unknown[]) => unknown).apply(store, args)) : method;
    },
  });
  for (const text of texts) answerQuery({ store: counting, briefing: 'aleppo', command: '/aleppo' }, text);
  return calls;
}

describe('the briefing view', () => {
  it.each([['quotes de Mistura'], ['figures trapped'], ['who said there is no other option']])('answers "%s" without the briefing\'s sentences', (text) => {
    const reads = readsOf(text);
    expect(reads).toContain('extractions');
    expect(reads).not.toContain('sentences');
    expect(reads).not.toContain('alignmentLinks');
    expect(reads).not.toContain('alignments');
  });

  it('searches with the copy clusters and the hits\' copies, not every sentence', () => {
    // "inevitable death" is in a wire sentence that several seed articles carry
    const reads = readsOf('search inevitable death');
    expect(reads).toEqual(expect.arrayContaining(['search', 'alignmentLinks', 'sentencesByIds']));
    expect(reads).not.toContain('sentences');
    expect(reads).not.toContain('alignments');
  });

  it('reads the sentences for a summary, all in one read transaction', () => {
    const reads = readsOf('summary');
    expect(reads[0]).toBe('read');
    expect(reads).toContain('sentences');
    expect(reads).toContain('alignmentLinks');
  });

  it('reads the word diffs of the copies only for the sources answer', () => {
    expect(readsOf('summary')).not.toContain('alignments');
    expect(readsOf('sources')).toContain('alignments');
  });

  it('builds the sources answer once per store version', () => {
    const reads = readsOf('sources', 'sources', 'summary');
    expect(reads.filter((name) => name === 'alignments')).toHaveLength(1);
    // the view keeps no sentences: the summary units read them again
    expect(reads.filter((name) => name === 'sentences')).toHaveLength(2);
  });
});
