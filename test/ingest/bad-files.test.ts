import { copyFileSync, writeFileSync } from 'node:fs';
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

const write = (name: string, content: string | Buffer) => writeFileSync(join(temp.articlesDir, name), content);

describe('ingest of bad article files', () => {
  it('reports each bad file with a clear line, ingests the others, and loses nothing already stored', () => {
    ingestBriefing(options);
    const before = temp.store.sentences('aleppo').length;
    write('empty.txt', '');
    write('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    write('latin1.txt', Buffer.from('Le caf\xe9 est ferm\xe9 depuis lundi. Il rouvre demain.', 'latin1'));
    write('no-sentences.txt', 'No comments:\nPost a Comment\n');
    write('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    copyFileSync(join(temp.articlesDir, '002_f498d64b4a4dc7dc.txt'), join(temp.articlesDir, '002_copy_under_another_name.txt'));
    write('crlf.txt', 'Convoy reaches Idlib\r\n\r\nThe convoy reached Idlib on Friday,\r\nofficials said. It carried food and medicine.\r\n');

    const report = ingestBriefing(options);
    expect(report.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['002_copy_under_another_name.txt', 'duplicate'],
      ['binary.bin', 'binary'],
      ['empty.txt', 'empty'],
      ['huge.txt', 'too-large'],
      ['latin1.txt', 'invalid-utf8'],
      ['no-sentences.txt', 'no-sentences'],
    ]);
    expect(report.skipped.map((s) => s.message)).toEqual([
      '002_copy_under_another_name.txt is the same article as 002_f498d64b4a4dc7dc.txt',
      'binary.bin looks like a binary file (NUL or control bytes), not text',
      'empty.txt is empty',
      'huge.txt is 50.0 MB, more than an article\'s 5 MB',
      'latin1.txt is not valid UTF-8 (byte 6); save it as UTF-8',
      'no-sentences.txt has no sentences after cleaning',
    ]);
    expect(report.added).toEqual(['crlf.txt']);
    expect(report.unchanged).toBe(5);
    expect(temp.store.sentences('aleppo').length).toBe(before + 3);
  });

  it('reads CRLF files like any other: lines joined, offsets into the file', () => {
    write('crlf.txt', 'Convoy reaches Idlib\r\n\r\nThe convoy reached Idlib on Friday,\r\nofficials said. It carried food and medicine.\r\n');
    ingestBriefing(options);
    const article = temp.store.article('aleppo', 'crlf.txt');
    const sentences = temp.store.sentences('aleppo').filter((s) => s.file === 'crlf.txt');
    expect(article?.title).toBe('Convoy reaches Idlib');
    expect(sentences.map((s) => s.text)).toEqual(['Convoy reaches Idlib', 'The convoy reached Idlib on Friday, officials said.', 'It carried food and medicine.']);
    for (const s of sentences) expect(article?.text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
  });
});
