// What a running bot pays when its briefing changes a little: a refresh that drops 1% of the articles
// (the ingest, then the first answer of each kind, which rebuilds what it derives for the new store
// version). The files are put back afterwards; the store keeps the smaller briefing.
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuery } from '../src/answer/answer-query.ts';
import { extractArticle } from '../src/extract/extract-article.ts';
import { ingestBriefing } from '../src/ingest/ingest-briefing.ts';
import type { BriefingStore } from '../src/store/store.ts';
import type { QueryKind } from './bench-queries.ts';

export interface RefreshTimings {
  removed: number;
  ingestMs: number;
  firstMs: Partial<Record<QueryKind, number>>;
}

const KINDS = ['summary', 'quotes', 'figures'] as const;

export function measureRefresh(store: BriefingStore, briefing: string, corpus: { dir: string; files: string[] }, queries: Record<QueryKind, string[]>): RefreshTimings {
  const held = join(corpus.dir, '..', 'held-back');
  mkdirSync(held, { recursive: true });
  const dropped = corpus.files.slice(-Math.max(1, Math.round(corpus.files.length / 100)));
  for (const file of dropped) renameSync(join(corpus.dir, file), join(held, file));
  try {
    let start = performance.now();
    ingestBriefing({ store, briefing, dir: corpus.dir, extract: extractArticle });
    const ingestMs = performance.now() - start;
    const firstMs: Partial<Record<QueryKind, number>> = {};
    for (const kind of KINDS) {
      start = performance.now();
      answerQuery({ store, briefing, command: '/bench' }, queries[kind][0] as string);
      firstMs[kind] = performance.now() - start;
      process.stderr.write(`  refresh: first ${kind} ${firstMs[kind].toFixed(0)} ms\n`);
    }
    return { removed: dropped.length, ingestMs, firstMs };
  } finally {
    for (const file of dropped) renameSync(join(held, file), join(corpus.dir, file));
  }
}
