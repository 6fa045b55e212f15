// A store written by an older release opens with the current code: the migrations convert it in place,
// and what it held stays searchable and alignable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean-article.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { migrate, openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { ArticleInput, BriefingStore } from '../../src/store/store.ts';

const OLD_TEXT = 'More than 250,000 people are trapped in eastern Aleppo, the United Nations said on Friday.';
const NEW_TEXT = 'More than 250,000 people are trapped in eastern Aleppo, the UN said on Friday.';
/** The sketch hash the two sentences share. */
const SHARED_HASH = 1234;

let dir: string;
let dbPath: string;
let store: BriefingStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefing-migrate-'));
  dbPath = join(dir, 'briefing.db');
  writeVersion5Store(dbPath);
  store = openSqliteStore(dbPath);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A store as release 5 of the schema left it: one article with one sketched sentence, written by its triggers. */
function writeVersion5Store(path: string): void {
  const db = new Database(path);
  for (const migration of MIGRATIONS.slice(0, 5)) db.exec(migration);
  db.pragma('user_version = 5');
  const articleId = db
    .prepare(
      `INSERT INTO articles (briefing, file, sha256, bytes, title, outlet, agencies, text, dropped, extracted, ingested_at, engine, first_seen)
       VALUES ('aleppo', 'old.txt', 'old', 1, NULL, NULL, '[]', ?, '[]', '{}', '2026-01-01T00:00:00.000Z', 'test', '2026-01-01T00:00:00.000Z')`,
    )
    .run(OLD_TEXT).lastInsertRowid;
  const sentenceId = db
    .prepare(`INSERT INTO sentences (article_id, idx, paragraph, kind, start, end, text) VALUES (?, 0, 0, 'body', 0, ?, ?)`)
    .run(articleId, OLD_TEXT.length, OLD_TEXT).lastInsertRowid;
  db.prepare('INSERT INTO sketches (sentence_id, hash, article_id) VALUES (?, ?, ?)').run(sentenceId, SHARED_HASH, articleId);
  db.close();
}

function input(file: string, text: string, hashes: number[]): ArticleInput {
  return { briefing: 'aleppo', file, sha256: file, bytes: text.length, engine: 'test', article: cleanArticle(text, file), extracted: {}, sketches: [{ sentence: 0, hashes }] };
}

const searchFiles = (query: string) => store.search('aleppo', query, 5, 'any').map((hit) => hit.file);

function checkFullTextIndex(): void {
  const db = new Database(dbPath);
  expect(() => db.exec("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
  db.close();
}

describe('a store from schema version 5', () => {
  it('is migrated once when a second process saw the old version before the first migrated it', () => {
    const late = new Database(dbPath);
    expect(() => migrate(late, 5)).not.toThrow();
    expect(late.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    late.close();
    checkFullTextIndex();
  });

  it('is migrated to the current version', () => {
    const db = new Database(dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('keeps its sentences searchable, beside the sentences saved after the migration', () => {
    store.saveArticles([input('new.txt', NEW_TEXT, [SHARED_HASH])]);
    expect(searchFiles('United Nations')).toEqual(['old.txt']);
    expect(searchFiles('trapped Aleppo').sort()).toEqual(['new.txt', 'old.txt']);
    checkFullTextIndex();
  });

  it('finds an old sentence as a candidate copy of a new one that shares its sketch hash', () => {
    store.saveArticles([input('new.txt', NEW_TEXT, [SHARED_HASH, 99])]);
    const [newArticle] = store.unalignedArticles('aleppo').filter((a) => a.file === 'new.txt');
    const candidates = store.sketchCandidates('aleppo', [newArticle!.id]);
    const [newSentence] = store.sentences('aleppo', newArticle!.id);
    const [oldSentence] = store.sentences('aleppo').filter((s) => s.file === 'old.txt');
    expect([...(candidates.get(newSentence!.id)?.ids ?? [])]).toEqual([oldSentence!.id]);
  });

  it('forgets the sketch of a replaced old article', () => {
    store.saveArticles([input('old.txt', 'Aid convoys reached the city on Saturday.', [5678]), input('new.txt', NEW_TEXT, [SHARED_HASH])]);
    const ids = store.unalignedArticles('aleppo').map((a) => a.id);
    expect([...store.sketchCandidates('aleppo', ids).values()]).toEqual([]);
  });

  it('takes a replaced old article out of the full-text index', () => {
    store.saveArticles([input('old.txt', NEW_TEXT, [SHARED_HASH])]);
    expect(searchFiles('United Nations')).toEqual([]);
    expect(searchFiles('trapped')).toEqual(['old.txt']);
    checkFullTextIndex();
  });
});
