import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let outText = '';
  let errText = '';
  out.on('data', (chunk: Buffer) => (outText += chunk.toString()));
  err.on('data', (chunk: Buffer) => (errText += chunk.toString()));
  const env = { DATA_DIR: dataDir, BRIEFINGS_DIR: join(import.meta.dirname, '../../briefings') };
  const code = await main(argv, { out: out as unknown as NodeJS.WriteStream, err: err as unknown as NodeJS.WriteStream, env });
  return { code, out: outText, err: errText };
}

describe('briefing CLI', () => {
  it('extract --json prints the scorer shape for each file as given', async () => {
    const file = join(SEEDS_DIR, '004_bfe7486261a02aa5.txt');
    const { code, out } = await run('extract', '--json', file);
    expect(code).toBe(0);
    const [article] = JSON.parse(out).articles;
    expect(article).toMatchObject({ file, title: null, outlet: 'Arab News' });
    expect(article.paragraphs[0]).toMatch(/^President Bashar Assad’s forces/);
    expect(Array.isArray(article.quotes) && Array.isArray(article.figures)).toBe(true);
  });

  it('ingest by briefing name, then again with nothing to do', async () => {
    expect((await run('ingest', 'aleppo')).out).toMatch(/^aleppo: 5 added, 0 updated, 0 unchanged, 0 removed, 0 skipped; \d+ aligned/);
    expect((await run('ingest')).out).toMatch(/^aleppo: 0 added, 0 updated, 5 unchanged/);
  });

  it('ingest takes a folder of articles as an ad-hoc briefing', async () => {
    const { code, out } = await run('ingest', SEEDS_DIR);
    expect(code).toBe(0);
    expect(out).toContain('5 added');
  });

  it('says what it knows when the target is neither a briefing nor a folder', async () => {
    const { code, err } = await run('ingest', 'mosul');
    expect(code).toBe(2);
    expect(err).toContain('"mosul" is neither a briefing (known: aleppo) nor a folder');
  });
});
