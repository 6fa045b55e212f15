import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing, type IngestOptions } from '../../src/ingest/ingest-briefing.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
let options: IngestOptions;

beforeEach(() => {
  temp = tempBriefing();
  options = { store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle };
});
afterEach(() => temp.cleanup());

/** Everything the store holds for the briefing, as plain data. */
function snapshot() {
  const { store } = temp;
  return {
    articles: store.articles('aleppo').map(({ ingestedAt: _ignored, ...rest }) => rest),
    sentences: store.sentences('aleppo'),
    alignments: store.alignments('aleppo'),
  };
}

describe('ingestBriefing', () => {
  it('stores the five seed articles with their sentences and alignments', () => {
    const report = ingestBriefing(options);
    expect(report.added).toHaveLength(5);
    expect(report.skipped).toEqual([]);
    expect(temp.store.sentences('aleppo').length).toBeGreaterThan(100);
    expect(report.alignments).toBeGreaterThan(20);
    // each pair is counted once, by the chunk that saves it
    expect(report.alignments).toBe(temp.store.alignments('aleppo').length);
    expect(temp.store.article('aleppo', '004_bfe7486261a02aa5.txt')?.outlet).toBe('Arab News');
  });

  it('changes nothing when run twice', () => {
    ingestBriefing(options);
    const before = snapshot();
    const version = temp.store.version('aleppo');
    const second = ingestBriefing(options);
    expect(second).toMatchObject({ added: [], updated: [], removed: [], unchanged: 5, alignments: 0 });
    expect(snapshot()).toEqual(before);
    expect(temp.store.version('aleppo')).toBe(version);
  });

  it('extracts every article again when the engine version changes', () => {
    ingestBriefing(options);
    const report = ingestBriefing({ ...options, engine: 'next' });
    expect(report).toMatchObject({ updated: expect.arrayContaining(['000_110a4447e39010e5.txt']), unchanged: 0 });
    expect(report.updated).toHaveLength(5);
    expect(ingestBriefing({ ...options, engine: 'next' }).unchanged).toBe(5);
  });

  it('replaces a changed article and drops a removed one', () => {
    ingestBriefing(options);
    appendFileSync(join(temp.articlesDir, '003_0d17289a13f21707.txt'), '\nThe convoy reached Idlib on Friday, officials said.\n');
    rmSync(join(temp.articlesDir, '001_d406a6a2ac8f8ee6.txt'));
    const report = ingestBriefing(options);
    expect(report).toMatchObject({ updated: ['003_0d17289a13f21707.txt'], removed: ['001_d406a6a2ac8f8ee6.txt'], unchanged: 3 });
    expect(temp.store.articles('aleppo').map((a) => a.file)).not.toContain('001_d406a6a2ac8f8ee6.txt');
    expect(temp.store.search('aleppo', 'convoy Idlib', 5, 'any')[0]?.text).toBe('The convoy reached Idlib on Friday, officials said.');
    // 001's copies of 000 went with it; 000 and 002 still share wire copy
    const files = new Set(temp.store.sentencesByIds(temp.store.alignments('aleppo').flatMap((a) => [a.sourceSentence, a.copySentence])).map((s) => s.file));
    expect(files).toEqual(new Set(['000_110a4447e39010e5.txt', '002_f498d64b4a4dc7dc.txt']));
  });

  it('reports a binary or undecodable file and ingests the rest', () => {
    writeFileSync(join(temp.articlesDir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    writeFileSync(join(temp.articlesDir, 'latin1.txt'), Buffer.from('Le caf\xe9 est ferm\xe9. Il pleut.', 'latin1'));
    const report = ingestBriefing(options);
    expect(report.added).toHaveLength(5);
    expect(report.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['latin1.txt', 'invalid-utf8'],
      ['photo.jpg', 'binary'],
    ]);
  });

  it('a crash in the middle of an ingest leaves the previous state, and the next run completes', () => {
    ingestBriefing(options);
    const before = snapshot();
    writeFileSync(join(temp.articlesDir, '000_110a4447e39010e5.txt'), 'A new version of the story. It has two sentences.');
    writeFileSync(join(temp.articlesDir, '005_new.txt'), 'Another article arrives. It is short.');
    let calls = 0;
    const failing: IngestOptions = {
      ...options,
      extract: (article) => {
        if (++calls === 2) throw new Error('crash while extracting');
        return extractArticle(article);
      },
    };
    expect(() => ingestBriefing(failing)).toThrow('crash while extracting');
    expect(snapshot()).toEqual(before);
    const recovered = ingestBriefing(options);
    expect(recovered).toMatchObject({ added: ['005_new.txt'], updated: ['000_110a4447e39010e5.txt'] });
  });

  it('picks up the alignment an interrupted run did not do', () => {
    const { store } = temp;
    const save = store.saveAlignments.bind(store);
    store.saveAlignments = () => {
      throw new Error('killed before alignment');
    };
    expect(() => ingestBriefing(options)).toThrow('killed before alignment');
    store.saveAlignments = save;
    expect(store.unalignedArticles('aleppo')).toHaveLength(5);
    const report = ingestBriefing(options);
    expect(report.unchanged).toBe(5);
    expect(report.alignments).toBeGreaterThan(20);
    expect(store.unalignedArticles('aleppo')).toHaveLength(0);
  });
});
