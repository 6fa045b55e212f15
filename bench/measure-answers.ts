// Answer latency through the real core (answerQuery) on the benchmark's store. Answers build their
// derived data (the briefing view, the speaker index, the figure groups) once per store version, so the
// view load and the first call of each kind are reported apart from the steady state.
import { answerQuery } from '../src/answer/answer-query.ts';
import { loadBriefingView } from '../src/answer/briefing-view.ts';
import type { BriefingStore } from '../src/store/store.ts';
import { QUERY_KINDS, type QueryKind } from './bench-queries.ts';
import { percentile } from './percentile.ts';

export interface AnswerTimings {
  viewLoadMs: number;
  coldMs: Record<QueryKind, number>;
  p50Ms: Record<QueryKind, number>;
  p99Ms: Record<QueryKind, number>;
  maxMs: Record<QueryKind, number>;
  counts: Record<QueryKind, number>;
}

export interface AnswerBudget {
  /** Stop a kind's steady-state loop after this long (a slow kind still gets `minQueries`). */
  secondsPerKind: number;
  minQueries: number;
}

export function measureAnswers(store: BriefingStore, briefing: string, queries: Record<QueryKind, string[]>, budget: AnswerBudget): AnswerTimings {
  const context = { store, briefing, command: '/bench' };
  let start = performance.now();
  loadBriefingView(store, briefing);
  const viewLoadMs = performance.now() - start;
  const timings = {} as AnswerTimings;
  for (const key of ['coldMs', 'p50Ms', 'p99Ms', 'maxMs', 'counts'] as const) timings[key] = {} as Record<QueryKind, number>;
  for (const kind of QUERY_KINDS) {
    const list = queries[kind];
    start = performance.now();
    answerQuery(context, list[0] as string);
    timings.coldMs[kind] = performance.now() - start;
    const samples: number[] = [];
    const deadline = performance.now() + budget.secondsPerKind * 1000;
    for (const [i, text] of list.entries()) {
      if (i >= budget.minQueries && performance.now() > deadline) break;
      start = performance.now();
      answerQuery(context, text);
      samples.push(performance.now() - start);
    }
    timings.p50Ms[kind] = percentile(samples, 50);
    timings.p99Ms[kind] = percentile(samples, 99);
    timings.maxMs[kind] = percentile(samples, 100);
    timings.counts[kind] = samples.length;
    process.stderr.write(`  answers: ${kind} cold ${timings.coldMs[kind].toFixed(1)} ms, p50 ${timings.p50Ms[kind].toFixed(2)} ms over ${samples.length}\n`);
  }
  return { ...timings, viewLoadMs };
}
