// Ingest a briefing's articles folder into the store: unchanged files are skipped by hash, changed ones
// replace their article, vanished ones are removed, unreadable ones are reported and the rest go on.
// Articles are saved in batches, each batch one transaction; copies are looked for at the end, and an
// article whose copies were not looked for yet (a crash in between) is picked up by the next run.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { alignArticles } from '../align/align-articles.ts';
import { sketchSentence } from '../align/sketch-sentence.ts';
import type { CleanArticle } from '../core/article.ts';
import type { ArticleInput, BriefingStore } from '../store/store.ts';
import { decodeArticle } from './01-decode.ts';
import { cleanArticle } from './clean-article.ts';

export type ExtractArticle = (article: CleanArticle) => Record<string, unknown>;

/**
 * The version of cleaning and extraction. Bump it when either changes what it produces: every article
 * stored by another version is then cleaned and extracted again by the next ingest.
 */
/** Larger files are not news articles (a 50 MB dump would stall ingest for a minute); they are reported. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export const ENGINE_VERSION = '2026-11-23.11';

export interface IngestOptions {
  store: BriefingStore;
  briefing: string;
  dir: string;
  extract: ExtractArticle;
  /** Defaults to ENGINE_VERSION; tests set their own. */
  engine?: string;
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
}

export interface IngestReport {
  briefing: string;
  added: string[];
  updated: string[];
  unchanged: number;
  removed: string[];
  skipped: { file: string; reason: string; message: string }[];
  alignments: number;
}

export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

export function ingestBriefing(options: IngestOptions): IngestReport {
  const { store, briefing, dir, extract } = options;
  const engine = options.engine ?? ENGINE_VERSION;
  const batchSize = options.batchSize ?? 200;
  const known = store.fileHashes(briefing);
  const files = listArticleFiles(dir);
  const report: IngestReport = { briefing, added: [], updated: [], unchanged: 0, removed: [], skipped: [], alignments: 0 };
  const hashed = hashFiles(dir, files, report);
  const owners = chooseOwners(hashed, known);
  let batch: ArticleInput[] = [];
  hashed.forEach(({ file, sha256 }, done) => {
    const previous = known.get(file);
    const owner = owners.get(sha256) as string;
    if (owner !== file) {
      report.skipped.push({ file, reason: 'duplicate', message: `${file} is the same article as ${owner}` });
    } else if (previous?.sha256 === sha256 && previous.engine === engine) {
      report.unchanged++;
    } else {
      const input = prepareArticle({ briefing, file, bytes: readFileSync(join(dir, file)), sha256, engine }, extract);
      if ('skip' in input) report.skipped.push({ file, ...input.skip });
      else {
        (previous === undefined ? report.added : report.updated).push(file);
        batch.push(input);
      }
    }
    if (batch.length >= batchSize) batch = flush(store, batch);
    options.onProgress?.(done + 1, hashed.length);
  });
  flush(store, batch);
  report.skipped.sort((a, b) => a.file.localeCompare(b.file));
  // a file that is now a duplicate or too large is no longer an article of the briefing
  const present = new Set(hashed.filter(({ file, sha256 }) => owners.get(sha256) === file).map(({ file }) => file));
  for (const skip of report.skipped) if (skip.reason !== 'duplicate' && known.has(skip.file)) present.add(skip.file);
  report.removed = [...known.keys()].filter((file) => !present.has(file));
  store.removeArticles(briefing, report.removed);
  report.alignments = alignArticles(store, briefing).alignments;
  return report;
}

/** Every file's SHA-256 (too large ones are reported instead). */
function hashFiles(dir: string, files: string[], report: IngestReport): { file: string; sha256: string }[] {
  const hashed: { file: string; sha256: string }[] = [];
  for (const file of files) {
    const size = statSync(join(dir, file)).size;
    if (size > MAX_ARTICLE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      report.skipped.push({ file, reason: 'too-large', message: `${file} is ${mb} MB, more than an article's ${MAX_ARTICLE_BYTES / 1024 / 1024} MB` });
      continue;
    }
    hashed.push({ file, sha256: createHash('sha256').update(readFileSync(join(dir, file))).digest('hex') });
  }
  return hashed;
}

/**
 * The same bytes under two names are one article. The name already stored with those bytes keeps it (a
 * copy dropped in later does not displace it); otherwise the first name in briefing order.
 */
function chooseOwners(hashed: { file: string; sha256: string }[], known: Map<string, { sha256: string }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { file, sha256 } of hashed) {
    const owner = owners.get(sha256);
    if (owner === undefined || (known.get(file)?.sha256 === sha256 && known.get(owner)?.sha256 !== sha256)) owners.set(sha256, file);
  }
  return owners;
}

function prepareArticle(
  { briefing, file, bytes, sha256, engine }: { briefing: string; file: string; bytes: Buffer; sha256: string; engine: string },
  extract: ExtractArticle,
): ArticleInput | { skip: { reason: string; message: string } } {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { skip: { reason: decoded.reason, message: `${file} ${decoded.message}` } };
  const article = cleanArticle(decoded.text, file);
  if (article.sentences.length === 0) return { skip: { reason: 'no-sentences', message: `${file} has no sentences after cleaning` } };
  return {
    briefing,
    file,
    sha256,
    bytes: bytes.length,
    engine,
    article,
    extracted: extract(article),
    sketches: article.sentences
      .filter((sentence) => sentence.kind === 'body')
      .map((sentence) => ({ sentence: sentence.index, hashes: sketchSentence(sentence.text) }))
      .filter((sketch) => sketch.hashes.length > 0),
  };
}

function flush(store: BriefingStore, batch: ArticleInput[]): ArticleInput[] {
  store.saveArticles(batch);
  return [];
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
