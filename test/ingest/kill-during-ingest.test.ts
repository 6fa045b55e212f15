// A real crash: a child process ingesting hundreds of articles is killed with SIGKILL in the middle of the
// run. The store must be consistent afterwards (whole batches only, indexes intact) and the next ingest
// must complete it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

const ARTICLES = 450;
const BIN = join(import.meta.dirname, '../../bin/briefing.js');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Distinct articles of generated prose (copies of one text would make alignment, not the crash, the test). */
function writeCorpus(articlesDir: string): void {
  mkdirSync(articlesDir, { recursive: true });
  const words = readdirSync(SEEDS_DIR)
    .flatMap((file) => readFileSync(join(SEEDS_DIR, file), 'utf8').toLowerCase().match(/[a-z]{3,}/g) ?? []);
  let state = 42;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = () => words[Math.floor(next() * words.length)] as string;
  const sentence = () => {
    const body = Array.from({ length: 12 + Math.floor(next() * 12) }, word).join(' ');
    return `${body[0]?.toUpperCase()}${body.slice(1)}, officials said ${Math.floor(next() * 9000) + 100} people were there.`;
  };
  for (let i = 0; i < ARTICLES; i++) {
    const paragraphs = Array.from({ length: 8 }, () => `${sentence()} ${sentence()}`);
    writeFileSync(join(articlesDir, `${String(i).padStart(4, '0')}.txt`), paragraphs.join('\n\n') + '\n');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function countArticles(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created, or the schema not there yet
  }
}

describe('a process killed in the middle of an ingest', () => {
  it('leaves a consistent store, and the next ingest completes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-kill-'));
    const articlesDir = join(dir, 'articles');
    const dataDir = join(dir, 'data');
    const dbPath = join(dataDir, 'briefing.db');
    writeCorpus(articlesDir);

    const child = spawn(process.execPath, [BIN, 'ingest', articlesDir], { env: { ...process.env, DATA_DIR: dataDir }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // kill once the first batch is committed and before the last one is
    const deadline = Date.now() + 45_000;
    while (countArticles(dbPath) === 0 && Date.now() < deadline) await sleep(10);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const killedAt = countArticles(dbPath);
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(ARTICLES);
    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.exec("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')");
    // whole articles only: no article without its sentences, no sentence without its article
    expect(db.prepare('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)').get()).toEqual({ n: 0 });
    db.close();

    const store = openSqliteStore(dbPath);
    try {
      const briefing = store.overview()[0]?.briefing as string;
      const report = ingestBriefing({ store, briefing, dir: articlesDir, extract: extractArticle });
      expect(report.added.length + report.unchanged).toBe(ARTICLES);
      expect(report.unchanged).toBe(killedAt);
      expect(store.articles(briefing)).toHaveLength(ARTICLES);
      expect(store.unalignedArticles(briefing)).toEqual([]);
    } finally {
      store.close();
    }
  }, 120_000);
});
