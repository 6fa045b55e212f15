// The embedded store: one SQLite file (better-sqlite3: synchronous, fast, and FTS5 built in). Writes run
// in IMMEDIATE transactions: they take the write lock up front, so when another process holds it they
// wait (busy_timeout) instead of failing half-way with "database is locked".
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AlignmentLink, DiffOp, SentenceAlignment } from '../align/align-types.ts';
import { MIGRATIONS } from './migrations.ts';
import { toFtsQuery } from './fts-query.ts';
import type { ArticleInput, BriefingStore, DigestRecord, DigestStatus, SearchHit, SearchWords, SketchCandidates, StoredArticle, StoredSentence } from './store.ts';

const ARTICLE_COLUMNS = 'id, briefing, file, sha256, bytes, title, outlet, agencies, ingested_at AS ingestedAt, first_seen AS firstSeen';
const DIGEST_COLUMNS = `briefing, channel, slot, slot_time AS slotTime, status, claimed_by AS claimedBy, claimed_at AS claimedAt,
  posted_at AS postedAt, ts, error`;
const SENTENCE_COLUMNS = 's.id, s.article_id AS articleId, a.file, s.idx AS "index", s.paragraph, s.kind, s.start, s.end, s.text';
/**
 * How many sentences one sketch hash may point to before it counts as boilerplate ("The Syrian Observatory
 * for Human Rights said") and is ignored; a wire sentence carried by a few hundred outlets stays under it.
 */
/**
 * Sentences read per sketch hash, earliest articles first. Align compares at most 40 candidates per
 * sentence, so a hash in more sentences than this (a stock phrase, or a story syndicated very widely)
 * adds nothing past them; the articles that carry a story first are its likeliest originals.
 */
const MAX_POSTINGS = 128;

interface ArticleRow extends Omit<StoredArticle, 'agencies'> {
  agencies: string;
}

export interface SqliteStoreOptions {
  /** The clock that stamps ingested articles; tests pass a fake one. */
  now?: () => Date;
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): BriefingStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  migrate(db);
  return new SqliteStore(db, options.now ?? (() => new Date()));
}

/**
 * Applies the migrations after `seen`, the version the store had when this process looked. Two processes
 * started together both see the old version: the one that waits for the write lock finds each migration
 * already run, and skips it (ALTER and DROP would fail if run twice).
 */
export function migrate(db: Database.Database, seen = userVersion(db)): void {
  for (let version = seen; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      if (userVersion(db) > version) return;
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;

const toArticle = (row: ArticleRow): StoredArticle => ({ ...row, agencies: JSON.parse(row.agencies) as string[] });

class SqliteStore implements BriefingStore {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.statements = {
      firstSeen: db.prepare('SELECT first_seen AS firstSeen FROM articles WHERE briefing = ? AND file = ?'),
      bump: db.prepare('INSERT INTO briefings (name, version) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET version = version + 1'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE briefing = ? AND file = ?'),
      insertArticle: db.prepare(
        `INSERT INTO articles (briefing, file, sha256, bytes, engine, title, outlet, agencies, text, dropped, extracted, ingested_at, first_seen)
         VALUES (@briefing, @file, @sha256, @bytes, @engine, @title, @outlet, @agencies, @text, @dropped, @extracted, @ingestedAt, @firstSeen)`,
      ),
      insertParagraph: db.prepare(
        'INSERT INTO paragraphs (article_id, idx, start, end, kind, text, repeat_of) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      insertSentence: db.prepare(
        'INSERT INTO sentences (article_id, idx, paragraph, kind, start, end, text, sketch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      indexSentences: db.prepare('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id IN (SELECT value FROM json_each(?))'),
      postSketches: db.prepare(
        `INSERT INTO sketch_postings (hash, article_id, sentence_id) SELECT h.value, s.article_id, s.id
         FROM sentences s, json_each(s.sketch) h WHERE s.id IN (SELECT value FROM json_each(?))`,
      ),
      ownSketches: db.prepare('SELECT id, sketch FROM sentences WHERE article_id = ? AND sketch IS NOT NULL').raw(),
      postings: db
        .prepare(
          `SELECT p.sentence_id FROM sketch_postings p JOIN articles a ON a.id = p.article_id
           WHERE p.hash = ? AND a.briefing = ? ORDER BY p.article_id LIMIT ${MAX_POSTINGS}`,
        )
        .pluck(),
      deleteAlignments: db.prepare(
        `DELETE FROM alignments WHERE source_sentence IN (SELECT id FROM sentences WHERE article_id = ?)
         OR copy_sentence IN (SELECT id FROM sentences WHERE article_id = ?)`,
      ),
      insertAlignment: db.prepare(
        'INSERT OR REPLACE INTO alignments (source_sentence, copy_sentence, similarity, kind, ops) VALUES (?, ?, ?, ?, ?)',
      ),
      markAligned: db.prepare('UPDATE articles SET aligned = 1 WHERE id = ?'),
      alignments: db.prepare(alignmentsOfBriefing(', l.ops')),
      alignmentLinks: db.prepare(alignmentsOfBriefing('')),
      // the table's own rank column is bm25 with default weights, as bm25() is, but ordering by it lets FTS5
      // rank inside the index: 2-4x faster on a 10,000-article store. Hits of equal rank (a wire sentence
      // printed word for word) come in no set order; search.ts shows one per copy cluster.
      search: db.prepare(
        `SELECT ${SENTENCE_COLUMNS}, highlight(sentences_fts, 0, char(2), char(3)) AS highlighted, sentences_fts.rank AS rank
         FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN articles a ON a.id = s.article_id
         WHERE sentences_fts MATCH ? AND a.briefing = ? ORDER BY sentences_fts.rank LIMIT ?`,
      ),
      // align reads each article's sentences and its candidates' by id: preparing these per call cost more than running them
      sentences: db.prepare(`SELECT ${SENTENCE_COLUMNS} FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.briefing = ? ORDER BY a.file, s.idx`),
      articleSentences: db.prepare(
        `SELECT ${SENTENCE_COLUMNS} FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.briefing = ? AND a.id = ? ORDER BY a.file, s.idx`,
      ),
      sentencesByIds: db.prepare(
        `SELECT ${SENTENCE_COLUMNS} FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.id IN (SELECT value FROM json_each(?))`,
      ),
    };
  }

  fileHashes(briefing: string): Map<string, { sha256: string; engine: string }> {
    const rows = this.db.prepare('SELECT file, sha256, engine FROM articles WHERE briefing = ?').all(briefing) as { file: string; sha256: string; engine: string }[];
    return new Map(rows.map((row) => [row.file, { sha256: row.sha256, engine: row.engine }]));
  }

  saveArticles(inputs: ArticleInput[]): void {
    if (inputs.length === 0) return;
    const s = this.statements;
    this.db.transaction(() => {
      const briefings = new Set<string>();
      const files = new Set<string>();
      // sentences saved but not yet in the full-text index or the sketch postings: see migrations 6 and 7
      const unindexed: number[] = [];
      for (const input of inputs) {
        briefings.add(input.briefing);
        // the delete triggers take a replaced article's sentences out of the indexes: they must be in them
        const key = `${input.briefing}/${input.file}`;
        if (files.has(key)) this.indexSentences(unindexed.splice(0));
        files.add(key);
        const { article } = input;
        const ingestedAt = this.now().toISOString();
        const previous = s.firstSeen.get(input.briefing, input.file) as { firstSeen: string } | undefined;
        s.deleteArticle.run(input.briefing, input.file);
        const articleId = Number(
          s.insertArticle.run({
            briefing: input.briefing,
            file: input.file,
            sha256: input.sha256,
            bytes: input.bytes,
            engine: input.engine,
            title: article.title,
            outlet: article.outlet,
            agencies: JSON.stringify(article.agencies),
            text: article.text,
            dropped: JSON.stringify(article.dropped),
            extracted: JSON.stringify(input.extracted),
            ingestedAt,
            firstSeen: previous?.firstSeen || ingestedAt,
          }).lastInsertRowid,
        );
        for (const p of article.paragraphs) s.insertParagraph.run(articleId, p.index, p.start, p.end, p.kind, p.text, p.repeatOf);
        const sketches = sketchesByIndex(input);
        for (const t of article.sentences) {
          const sketch = sketches.get(t.index);
          unindexed.push(Number(s.insertSentence.run(articleId, t.index, t.paragraph, t.kind, t.start, t.end, t.text, sketch ? JSON.stringify(sketch) : null).lastInsertRowid));
        }
      }
      this.indexSentences(unindexed);
      for (const briefing of briefings) s.bump.run(briefing);
    }).immediate();
  }

  /** Adds these sentences to the full-text index and their sketches to the postings, one statement each. */
  private indexSentences(ids: number[]): void {
    if (ids.length === 0) return;
    const json = JSON.stringify(ids);
    this.statements.indexSentences.run(json);
    this.statements.postSketches.run(json);
  }

  removeArticles(briefing: string, files: string[]): void {
    if (files.length === 0) return;
    this.db.transaction(() => {
      for (const file of files) this.statements.deleteArticle.run(briefing, file);
      this.statements.bump.run(briefing);
    }).immediate();
  }

  unalignedArticles(briefing: string): StoredArticle[] {
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE briefing = ? AND aligned = 0 ORDER BY file`).all(briefing);
    return (rows as ArticleRow[]).map(toArticle);
  }

  sketchCandidates(briefing: string, articleIds: number[], postings = new Map<number, number[]>()): Map<number, SketchCandidates> {
    // one covering-index lookup per distinct hash of the articles; the articles of one story share most
    // of their hashes, so a batch looks each up once
    const s = this.statements;
    const hashesOf = new Map<number, number[]>();
    for (const articleId of articleIds) {
      for (const [sentence, sketch] of s.ownSketches.all(articleId) as [number, string][]) {
        const hashes = JSON.parse(sketch) as number[];
        hashesOf.set(sentence, hashes);
        for (const hash of hashes) if (!postings.has(hash)) postings.set(hash, s.postings.all(hash, briefing) as number[]);
      }
    }
    const candidates = new Map<number, SketchCandidates>();
    for (const [sentence, hashes] of hashesOf) {
      const found = rankByShared(sentence, hashes.map((hash) => postings.get(hash) ?? []));
      if (found.ids.length) candidates.set(sentence, found);
    }
    return candidates;
  }

  saveAlignments(briefing: string, articleIds: number[], alignments: SentenceAlignment[]): void {
    const s = this.statements;
    this.db.transaction(() => {
      for (const id of articleIds) s.deleteAlignments.run(id, id);
      for (const a of alignments) s.insertAlignment.run(a.sourceSentence, a.copySentence, a.similarity, a.kind, JSON.stringify(a.ops));
      for (const id of articleIds) s.markAligned.run(id);
      s.bump.run(briefing);
    }).immediate();
  }

  read<T>(read: () => T): T {
    // deferred: the snapshot is taken at the first read; inside another transaction this is a savepoint
    return this.db.transaction(read)();
  }

  overview() {
    return this.db
      .prepare(
        `SELECT a.briefing, count(DISTINCT a.id) AS articles, count(s.id) AS sentences,
         (SELECT count(*) FROM alignments l JOIN sentences x ON x.id = l.copy_sentence JOIN articles y ON y.id = x.article_id WHERE y.briefing = a.briefing) AS alignments
         FROM articles a LEFT JOIN sentences s ON s.article_id = a.id GROUP BY a.briefing ORDER BY a.briefing`,
      )
      .all() as { briefing: string; articles: number; sentences: number; alignments: number }[];
  }

  version(briefing: string): number {
    const row = this.db.prepare('SELECT version FROM briefings WHERE name = ?').get(briefing) as { version: number } | undefined;
    return row?.version ?? 0;
  }

  articles(briefing: string): StoredArticle[] {
    const rows = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE briefing = ? ORDER BY file`).all(briefing);
    return (rows as ArticleRow[]).map(toArticle);
  }

  article(briefing: string, file: string) {
    const row = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS}, text, extracted FROM articles WHERE briefing = ? AND file = ?`)
      .get(briefing, file) as (ArticleRow & { text: string; extracted: string }) | undefined;
    if (!row) return null;
    return { ...toArticle(row), text: row.text, extracted: JSON.parse(row.extracted) as Record<string, unknown> };
  }

  extractions(briefing: string, kind: string) {
    const rows = this.db
      .prepare("SELECT file, json_extract(extracted, '$.' || ?) AS items FROM articles WHERE briefing = ? ORDER BY file")
      .all(kind, briefing) as { file: string; items: string | null }[];
    return rows.map((row) => ({ file: row.file, items: row.items === null ? [] : (JSON.parse(row.items) as unknown[]) }));
  }

  sentences(briefing: string, articleId?: number): StoredSentence[] {
    const s = this.statements;
    return (articleId === undefined ? s.sentences.all(briefing) : s.articleSentences.all(briefing, articleId)) as StoredSentence[];
  }

  sentencesByIds(ids: number[]): StoredSentence[] {
    if (ids.length === 0) return [];
    return this.statements.sentencesByIds.all(JSON.stringify(ids)) as StoredSentence[];
  }

  alignments(briefing: string): SentenceAlignment[] {
    const rows = this.statements.alignments.all(briefing) as (AlignmentLink & { ops: string })[];
    // the word diffs are parsed when read
    return rows.map(({ sourceSentence, copySentence, similarity, kind, ops }) => {
      let parsed: DiffOp[] | undefined;
      return {
        sourceSentence,
        copySentence,
        similarity,
        kind,
        get ops() {
          return (parsed ??= JSON.parse(ops) as DiffOp[]);
        },
      };
    });
  }

  alignmentLinks(briefing: string): AlignmentLink[] {
    return this.statements.alignmentLinks.all(briefing) as AlignmentLink[];
  }

  search(briefing: string, query: string, limit: number, words: SearchWords): SearchHit[] {
    const match = toFtsQuery(query);
    const fts = match?.[words];
    if (!fts) return [];
    return this.statements.search.all(fts, briefing, limit) as SearchHit[];
  }

  claimDigest(claim: { briefing: string; channel: string; slot: string; slotTime: string; instance: string; at: string }): boolean {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO digests (briefing, channel, slot, slot_time, status, claimed_by, claimed_at)
         VALUES (@briefing, @channel, @slot, @slotTime, 'claimed', @instance, @at)`,
      )
      .run(claim);
    return result.changes === 1;
  }

  finishDigest(briefing: string, channel: string, slot: string, result: { status: DigestStatus; at: string; ts?: string | null; error?: string | null }): void {
    this.db
      .prepare(
        `UPDATE digests SET status = @status, posted_at = CASE WHEN @status = 'posted' THEN @at ELSE posted_at END,
         ts = coalesce(@ts, ts), error = @error WHERE briefing = @briefing AND channel = @channel AND slot = @slot`,
      )
      .run({ briefing, channel, slot, status: result.status, at: result.at, ts: result.ts ?? null, error: result.error ?? null });
  }

  digest(briefing: string, channel: string, slot: string): DigestRecord | null {
    const row = this.db.prepare(`SELECT ${DIGEST_COLUMNS} FROM digests WHERE briefing = ? AND channel = ? AND slot = ?`).get(briefing, channel, slot);
    return (row as DigestRecord | undefined) ?? null;
  }

  digestThread(channel: string, ts: string): string | null {
    const row = this.db.prepare('SELECT briefing FROM digests WHERE channel = ? AND ts = ?').get(channel, ts) as { briefing: string } | undefined;
    return row?.briefing ?? null;
  }

  lastPostedDigest(briefing: string, channel: string): DigestRecord | null {
    const row = this.db
      .prepare(`SELECT ${DIGEST_COLUMNS} FROM digests WHERE briefing = ? AND channel = ? AND status = 'posted' ORDER BY slot_time DESC LIMIT 1`)
      .get(briefing, channel);
    return (row as DigestRecord | undefined) ?? null;
  }

  firstSighting(eventId: string, at: string, forgetBefore: string): boolean {
    this.db.prepare('DELETE FROM seen_events WHERE seen_at < ?').run(forgetBefore);
    return this.db.prepare('INSERT OR IGNORE INTO seen_events (event_id, seen_at) VALUES (?, ?)').run(eventId, at).changes === 1;
  }

  close(): void {
    this.db.close();
  }
}

/** A briefing's alignments in order, with these more columns (the word diff, or none). */
function alignmentsOfBriefing(more: string): string {
  return `SELECT l.source_sentence AS sourceSentence, l.copy_sentence AS copySentence, l.similarity, l.kind${more}
    FROM alignments l JOIN sentences s ON s.id = l.source_sentence JOIN articles a ON a.id = s.article_id
    WHERE a.briefing = ? ORDER BY l.source_sentence, l.copy_sentence`;
}

/** The sketch of each sketched sentence, by its index; a sketch of a sentence the article lacks is an error. */
function sketchesByIndex({ file, article, sketches }: ArticleInput): Map<number, number[]> {
  const indexes = new Set(article.sentences.map((t) => t.index));
  for (const { sentence } of sketches) if (!indexes.has(sentence)) throw new Error(`${file} has no sentence ${sentence} to sketch`);
  return new Map(sketches.map(({ sentence, hashes }) => [sentence, hashes]));
}

/**
 * The sentences in these posting lists other than the sentence itself, by the number of lists they are
 * in (hashes shared), most first, then by id. Counted by sorting the lists together: no map per sentence.
 */
function rankByShared(sentence: number, lists: readonly number[][]): SketchCandidates {
  const all = new Int32Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of lists) for (const id of list) all[at++] = id;
  all.sort();
  // runs of one id, bucketed by their length; ids come out ascending within each bucket
  const buckets: number[][] = [];
  for (let i = 0; i < all.length; ) {
    const id = all[i] as number;
    let j = i + 1;
    while (j < all.length && all[j] === id) j++;
    if (id !== sentence) (buckets[j - i] ??= []).push(id);
    i = j;
  }
  const size = buckets.reduce((n, bucket) => n + bucket.length, 0);
  const ids = new Int32Array(size);
  const shared = new Uint8Array(size);
  let k = 0;
  for (let count = buckets.length - 1; count > 0; count--) {
    for (const id of buckets[count] ?? []) {
      ids[k] = id;
      shared[k++] = count;
    }
  }
  return { ids, shared };
}
