// Schema migrations, applied in order; PRAGMA user_version records how many have run. Append only:
// a released migration is never edited, a change is a new entry.

export const MIGRATIONS: string[] = [
  // 1: articles, paragraphs, sentences with a full-text index, sketches and alignments
  `
  CREATE TABLE briefings (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    briefing TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    title TEXT,
    outlet TEXT,
    agencies TEXT NOT NULL,
    text TEXT NOT NULL,
    dropped TEXT NOT NULL,
    extracted TEXT NOT NULL,
    aligned INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL,
    UNIQUE (briefing, file)
  );
  CREATE INDEX articles_unaligned ON articles (briefing) WHERE aligned = 0;
  CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    repeat_of INTEGER,
    PRIMARY KEY (article_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX sentences_article ON sentences (article_id, idx);
  CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text, content = 'sentences', content_rowid = 'id', tokenize = 'porter unicode61'
  );
  CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
  END;
  CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  END;
  CREATE TABLE sketches (
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (sentence_id, hash)
  ) WITHOUT ROWID;
  CREATE INDEX sketches_hash ON sketches (hash);
  CREATE TABLE alignments (
    source_sentence INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    copy_sentence INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    kind TEXT NOT NULL,
    ops TEXT NOT NULL,
    PRIMARY KEY (source_sentence, copy_sentence)
  ) WITHOUT ROWID;
  CREATE INDEX alignments_copy ON alignments (copy_sentence);
  `,
  // 2: which version of the engine cleaned and extracted each article, so an upgrade re-extracts
  `ALTER TABLE articles ADD COLUMN engine TEXT NOT NULL DEFAULT '';`,
  // 3: when each article file was first seen (kept when a changed file replaces it), and the digests
  // posted: one row per (briefing, channel, scheduled slot), claimed before posting so it posts once
  `
  ALTER TABLE articles ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
  UPDATE articles SET first_seen = ingested_at;
  CREATE TABLE digests (
    briefing TEXT NOT NULL,
    channel TEXT NOT NULL,
    slot TEXT NOT NULL,
    slot_time TEXT NOT NULL,
    status TEXT NOT NULL,
    claimed_by TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    posted_at TEXT,
    ts TEXT,
    error TEXT,
    PRIMARY KEY (briefing, channel, slot)
  ) WITHOUT ROWID;
  `,
  // 4: Slack event ids already answered, shared by every bot process on the store
  `CREATE TABLE seen_events (event_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL) WITHOUT ROWID;`,
  // 5: the sketch postings as a covering index, so finding a hash's sentences never reads the table,
  // and an article's own hashes by article (this was a scan of every sketch, per article aligned)
  `
  CREATE INDEX sketches_postings ON sketches (hash, article_id, sentence_id);
  CREATE INDEX sketches_article ON sketches (article_id);
  DROP INDEX sketches_hash;
  `,
  // 6: saveArticles adds a batch's sentences to the full-text index in one statement (indexSentences).
  // Through this trigger FTS5 ran once per sentence and wrote its pending terms out each time: 16,500
  // sentences cost 0.8 s to index this way, 0.17 s in batches of 3,300
  `DROP TRIGGER sentences_fts_insert;`,
  // 7: one B-tree of sketch postings, in the order align reads them (a hash's sentences by article),
  // instead of a table and two indexes written for each hash. A sentence keeps its own hashes as a JSON
  // array, read with it when its copies are looked for; deleting it deletes its postings
  `
  ALTER TABLE sentences ADD COLUMN sketch TEXT;
  UPDATE sentences SET sketch = (SELECT json_group_array(hash) FROM (SELECT hash FROM sketches k WHERE k.sentence_id = sentences.id ORDER BY hash))
  WHERE id IN (SELECT sentence_id FROM sketches);
  CREATE TABLE sketch_postings (
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    sentence_id INTEGER NOT NULL,
    PRIMARY KEY (hash, article_id, sentence_id)
  ) WITHOUT ROWID;
  INSERT INTO sketch_postings (hash, article_id, sentence_id) SELECT hash, article_id, sentence_id FROM sketches;
  DROP TABLE sketches;
  CREATE TRIGGER sketch_postings_delete AFTER DELETE ON sentences WHEN old.sketch IS NOT NULL BEGIN
    DELETE FROM sketch_postings WHERE hash IN (SELECT value FROM json_each(old.sketch)) AND article_id = old.article_id AND sentence_id = old.id;
  END;
  `,
];
