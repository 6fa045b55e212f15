// A second process holding the store's write lock: ingest waits for it (busy timeout) instead of failing.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
afterEach(() => temp.cleanup());

/** A child process that takes the write lock, says so, holds it for `ms`, then commits. */
function holdWriteLock(dbPath: string, ms: number): Promise<() => Promise<void>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO briefings (name, version) VALUES ('lock-holder', 0)").run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, dbPath, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve(() => exited)));
}

describe('a store locked by another process', () => {
  it('makes ingest wait for the lock, then complete', async () => {
    temp = tempBriefing();
    const released = await holdWriteLock(temp.dbPath, 800);
    const started = Date.now();
    const report = ingestBriefing({ store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(report.added).toHaveLength(5);
    await released();
    expect(temp.store.overview().map((o) => o.briefing)).toEqual(['aleppo']);
  });
});
