import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/ingest/clean-article.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { ArticleInput } from '../../src/store/store.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeEach(() => {
  temp = tempBriefing();
});
afterEach(() => temp.cleanup());

function input(file: string, text: string, sketches: ArticleInput['sketches'] = []): ArticleInput {
  return { briefing: 'aleppo', file, sha256: file, bytes: text.length, engine: 'test', article: cleanArticle(text, file), extracted: { quotes: [] }, sketches };
}

describe('openSqliteStore', () => {
  it('applies every migration and records the schema version', () => {
    temp.store.close();
    const db = new Database(temp.dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    temp.store = openSqliteStore(temp.dbPath);
  });

  it('saves a batch of articles in one transaction: a failure inside it leaves nothing behind', () => {
    temp.store.saveArticles([input('a.txt', 'The first article has one sentence.')]);
    const version = temp.store.version('aleppo');
    // a sketch for a sentence the article does not have fails inside the transaction, after b.txt's rows
    const broken = input('c.txt', 'A third article.', [{ sentence: 99, hashes: [1] }]);
    expect(() => temp.store.saveArticles([input('b.txt', 'The second article is fine.'), broken])).toThrow();
    expect(temp.store.articles('aleppo').map((a) => a.file)).toEqual(['a.txt']);
    expect(temp.store.search('aleppo', 'second', 5, 'any')).toEqual([]);
    expect(temp.store.version('aleppo')).toBe(version);
  });

  it('keeps the full-text index whole when one batch saves a file twice', () => {
    // the second save deletes the first one's sentences, which must be in the index by then
    temp.store.saveArticles([
      input('a.txt', 'Old wording of the story.', [{ sentence: 0, hashes: [7] }]),
      input('a.txt', 'New wording of the story.', [{ sentence: 0, hashes: [7] }]),
    ]);
    expect(temp.store.search('aleppo', 'wording', 5, 'any').map((hit) => hit.text)).toEqual(['New wording of the story.']);
    expect(temp.store.search('aleppo', 'old', 5, 'any')).toEqual([]);
    temp.store.close();
    const db = new Database(temp.dbPath);
    expect(() => db.exec("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.close();
    temp.store = openSqliteStore(temp.dbPath);
  });

  it('replaces an article saved again under the same file name', () => {
    temp.store.saveArticles([input('a.txt', 'Old wording of the story.')]);
    temp.store.saveArticles([input('a.txt', 'New wording of the story.')]);
    expect(temp.store.sentences('aleppo').map((s) => s.text)).toEqual(['New wording of the story.']);
    expect(temp.store.search('aleppo', 'old', 5, 'any')).toEqual([]);
  });

  it.each(['de Mistura’s "offer"', 'AND OR NOT', '*', 'NEAR(', '"unbalanced', 'trapped -people'])('searches safely for %s', (query) => {
    temp.store.saveArticles([input('a.txt', 'De Mistura made an offer to the people trapped in Aleppo.')]);
    expect(() => temp.store.search('aleppo', query, 5, 'any')).not.toThrow();
  });

  it('reads one kind of extraction per article, in briefing order, and none for a kind not extracted', () => {
    temp.store.saveArticles([
      { ...input('b.txt', 'The second article.'), extracted: { quotes: [{ text: 'We stay.' }], figures: [{ value: 3 }] } },
      input('a.txt', 'The first article.'),
    ]);
    expect(temp.store.extractions('aleppo', 'quotes')).toEqual([
      { file: 'a.txt', items: [] },
      { file: 'b.txt', items: [{ text: 'We stay.' }] },
    ]);
    expect(temp.store.extractions('aleppo', 'figures').map((row) => row.items)).toEqual([[], [{ value: 3 }]]);
  });

  it('ranks and highlights search hits', () => {
    temp.store.saveArticles([
      input('a.txt', 'Fighters in Aleppo rejected the offer. More than 250,000 people are trapped in eastern Aleppo.'),
    ]);
    const [hit] = temp.store.search('aleppo', 'trapped people', 5, 'any');
    expect(hit?.text).toBe('More than 250,000 people are trapped in eastern Aleppo.');
    expect(hit?.highlighted).toBe('More than 250,000 \u0002people\u0003 are \u0002trapped\u0003 in eastern Aleppo.');
  });

  const convoys = [
    'The convoy to Madaya stopped at the last checkpoint.',
    'A convoy reached the northern districts on Monday.',
    'Shelling stopped the convoy near the bridge.',
    'Aid workers said the convoy stopped after shelling.',
    'The convoy stopped again at dawn.',
    'The convoy stopped for the night outside the city.',
    'The convoy was stopped by the fighting.',
    'Talks stopped without a deal.',
  ];

  it('finds the sentences with every word, or with any, leaving out stop and question words', () => {
    temp.store.saveArticles([input('a.txt', convoys.join(' '))]);
    const search = (words: 'every' | 'any') => new Set(temp.store.search('aleppo', 'why did the convoy stop?', 20, words).map((hit) => hit.text));
    // the porter stemmer makes "stop" and "stopped" one word
    expect(search('every')).toEqual(new Set(convoys.filter((text) => /convoy/i.test(text) && /stop/.test(text))));
    expect(search('any')).toEqual(new Set(convoys.filter((text) => /convoy|stop/i.test(text))));
  });

  it('finds the sentences with all words but one', () => {
    temp.store.saveArticles([input('a.txt', convoys.join(' '))]);
    const texts = new Set(temp.store.search('aleppo', 'convoy Madaya shelling', 20, 'most').map((hit) => hit.text));
    const count = (text: string) => ['convoy', 'Madaya', 'shelling'].filter((word) => new RegExp(word, 'i').test(text)).length;
    expect(texts).toEqual(new Set(convoys.filter((text) => count(text) >= 2)));
    expect(temp.store.search('aleppo', 'convoy Madaya', 20, 'most')).toEqual([]);
  });

  it('searches for stop words when there is nothing else', () => {
    temp.store.saveArticles([input('a.txt', 'It is what it is. The convoy stopped.')]);
    expect(temp.store.search('aleppo', 'it is', 5, 'every').map((hit) => hit.text)).toEqual(['It is what it is.']);
  });
});
