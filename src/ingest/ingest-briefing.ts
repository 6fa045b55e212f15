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
export const ENGINE_VERSION = '2026-11-23.3';

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
  let batch: ArticleInput[] = [];
  files.forEach((file, done) => {
    const bytes = readFileSync(join(dir, file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const previous = known.get(file);
    if (previous?.sha256 === sha256 && previous.engine === engine) {
      report.unchanged++;
    } else {
      const input = prepareArticle({ briefing, file, bytes, sha256, engine }, extract);
      if ('skip' in input) report.skipped.push({ file, ...input.skip });
      else {
        (previous === undefined ? report.added : report.updated).push(file);
        batch.push(input);
      }
    }
    if (batch.length >= batchSize) batch = flush(store, batch);
    options.onProgress?.(done + 1, files.length);
  });
  flush(store, batch);
  const present = new Set(files);
  report.removed = [...known.keys()].filter((file) => !present.has(file));
  store.removeArticles(briefing, report.removed);
  report.alignments = alignArticles(store, briefing).alignments;
  return report;
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
