// The benchmark's result as one plain object (what --json prints) and as a table for people.
import { cpus } from 'node:os';
import type { QueryKind } from './bench-queries.ts';
import { QUERY_KINDS } from './bench-queries.ts';
import type { AnswerTimings } from './measure-answers.ts';
import type { BaselineTimings } from './measure-baseline.ts';
import type { ColdStart } from './measure-cold-start.ts';
import type { IngestTimings } from './measure-ingest.ts';
import type { RefreshTimings } from './measure-refresh.ts';

export interface BenchInputs {
  articles: number;
  corpusBytes: number;
  stories: number;
  seed: number;
  ingest: IngestTimings;
  baseline: BaselineTimings;
  answers: AnswerTimings;
  refresh: RefreshTimings;
  peakRssBytes: number;
  /** Before the refresh, which holds two store versions' answer data at once while the new one is built. */
  peakRssBeforeRefreshBytes: number;
  peakRssTotalBytes: number;
  storeBytes: number;
  coldStart: ColdStart;
}

const MB = 1024 * 1024;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const perKind = (values: Record<QueryKind, number>, digits = 2) => Object.fromEntries(QUERY_KINDS.map((kind) => [kind, round(values[kind], digits)]));

export function benchReport(b: BenchInputs) {
  const corpusMb = b.corpusBytes / MB;
  const ingestMbPerS = corpusMb / (b.ingest.firstMs / 1000);
  const baselineMbPerS = b.baseline.bytes / MB / (b.baseline.ms / 1000);
  return {
    articles: b.articles,
    corpus_mb: round(corpusMb),
    stories: b.stories,
    seed: b.seed,
    ingest_s: round(b.ingest.firstMs / 1000),
    ingest_mb_per_s: round(ingestMbPerS, 3),
    ingest_articles_per_s: round(b.articles / (b.ingest.firstMs / 1000), 1),
    ingest_added: b.ingest.first.added.length,
    ingest_skipped: b.ingest.first.skipped.length,
    alignments: b.ingest.first.alignments,
    baseline_mb_per_s: round(baselineMbPerS, 4),
    baseline_articles_per_s: round(b.baseline.articles / (b.baseline.ms / 1000), 2),
    baseline_articles: b.baseline.articles,
    baseline_sampled: b.baseline.sampled,
    baseline_full_corpus_s_extrapolated: round(corpusMb / baselineMbPerS, 0),
    ingest_vs_baseline: round(ingestMbPerS / baselineMbPerS, 1),
    reingest_s: round(b.ingest.reingestMs / 1000, 3),
    reingest_share: round(b.ingest.reingestMs / b.ingest.firstMs, 4),
    view_load_ms: round(b.answers.viewLoadMs, 1),
    cold_ms: perKind(b.answers.coldMs, 1),
    p50_ms: perKind(b.answers.p50Ms),
    p99_ms: perKind(b.answers.p99Ms),
    max_ms: perKind(b.answers.maxMs),
    query_counts: perKind(b.answers.counts, 0),
    refresh_removed: b.refresh.removed,
    refresh_ingest_ms: round(b.refresh.ingestMs, 0),
    refresh_first_ms: Object.fromEntries(Object.entries(b.refresh.firstMs).map(([kind, ms]) => [kind, round(ms, 0)])),
    peak_rss_mb: round(b.peakRssBytes / MB, 0),
    peak_rss_before_refresh_mb: round(b.peakRssBeforeRefreshBytes / MB, 0),
    peak_rss_total_mb: round(b.peakRssTotalBytes / MB, 0),
    store_mb: round(b.storeBytes / MB, 1),
    cold_start_ms: round(b.coldStart.answerMs, 0),
    cold_start_exit_ms: round(b.coldStart.exitMs, 0),
    cold_start_runs: b.coldStart.runs,
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
  };
}

export type BenchReport = ReturnType<typeof benchReport>;

export function renderTable(r: BenchReport): string {
  const rows: [string, string][] = [
    ['corpus', `${r.articles} articles (${r.stories} stories), ${r.corpus_mb} MB, seed ${r.seed}`],
    ['ingest (first)', `${r.ingest_s} s: ${r.ingest_mb_per_s} MB/s, ${r.ingest_articles_per_s} articles/s (${r.alignments} alignments)`],
    ['baseline (compromise)', `${r.baseline_mb_per_s} MB/s, ${r.baseline_articles_per_s} articles/s${r.baseline_sampled ? ` (sample of ${r.baseline_articles}; full corpus ~${r.baseline_full_corpus_s_extrapolated} s)` : ''}`],
    ['ingest vs baseline', `${r.ingest_vs_baseline}x`],
    ['re-ingest (unchanged)', `${r.reingest_s} s = ${(r.reingest_share * 100).toFixed(2)}% of first ingest`],
    ['view open (its parts load on first use)', `${r.view_load_ms} ms`],
    [
      `refresh (${r.refresh_removed} articles dropped)`,
      `ingest ${r.refresh_ingest_ms} ms, then first ${Object.entries(r.refresh_first_ms).map(([kind, ms]) => `${kind} ${ms} ms`).join(', ')}`,
    ],
    ['peak RSS (ingest + answers + refresh)', `${r.peak_rss_mb} MB (before the refresh: ${r.peak_rss_before_refresh_mb} MB; whole run incl. baseline: ${r.peak_rss_total_mb} MB)`],
    ['store on disk', `${r.store_mb} MB`],
    ['cold start (spawn -> answer)', `${r.cold_start_ms} ms median of ${r.cold_start_runs} (to exit ${r.cold_start_exit_ms} ms)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  lines.push('', `${'answers (ms)'.padEnd(10)}  ${['cold', 'p50', 'p99', 'max', 'n'].map((h) => h.padStart(9)).join('')}`);
  for (const kind of QUERY_KINDS) {
    const cells = [r.cold_ms[kind], r.p50_ms[kind], r.p99_ms[kind], r.max_ms[kind], r.query_counts[kind]].map((v) => String(v).padStart(9));
    lines.push(`${kind.padEnd(12)}${cells.join('')}`);
  }
  lines.push('', 'p50/p99/max: steady state (after the cold call of each kind); cold: the first call of the kind after the view load.');
  return lines.join('\n');
}
