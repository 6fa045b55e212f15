// `npm run bench -- [--articles N] [--json] [--seed S] [--baseline-sample N] [--queries N] [--keep]`:
// generates a corpus, then measures ingest, the compromise baseline, re-ingest, answer latency, a refresh
// that drops 1% of the articles, memory, store size and cold start in one run. See docs/performance.md.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { benchQueries } from './bench-queries.ts';
import { benchReport, renderTable } from './bench-report.ts';
import { generateCorpus } from './generate-corpus.ts';
import { measureAnswers } from './measure-answers.ts';
import { measureBaseline } from './measure-baseline.ts';
import { measureColdStart } from './measure-cold-start.ts';
import { measureIngest } from './measure-ingest.ts';
import { measureRefresh } from './measure-refresh.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20161013' },
    'baseline-sample': { type: 'string', default: '200' },
    queries: { type: 'string', default: '300' },
    'seconds-per-kind': { type: 'string', default: '60' },
    'cold-runs': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = positiveInt('articles');
const seed = positiveInt('seed');
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);
const maxRss = () => process.resourceUsage().maxRSS * 1024;

try {
  log(`bench: ${articles} articles in ${work}`);
  const corpus = generateCorpus(join(work, 'articles'), articles, seed);
  log(`  corpus: ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${corpus.stories} stories`);
  const dataDir = join(work, 'data');
  const store = openSqliteStore(join(dataDir, 'briefing.db'));
  const ingest = measureIngest(store, 'bench', corpus.dir);
  log(`  ingest: ${(ingest.firstMs / 1000).toFixed(1)} s, re-ingest ${(ingest.reingestMs / 1000).toFixed(2)} s`);
  const storeBytes = directoryBytes(dataDir);
  const queries = benchQueries(corpus.cast, positiveInt('queries'), seed);
  const answers = measureAnswers(store, 'bench', queries, { secondsPerKind: positiveInt('seconds-per-kind'), minQueries: 30 });
  const peakRssBeforeRefreshBytes = maxRss();
  const refresh = measureRefresh(store, 'bench', corpus, queries);
  store.close();
  const peakRssBytes = maxRss();
  log('  baseline: compromise full parse...');
  const baseline = measureBaseline(corpus.dir, corpus.files, positiveInt('baseline-sample'));
  log('  cold start...');
  const coldStart = await measureColdStart(repo, join(work, 'cold-data'), positiveInt('cold-runs'));
  const report = benchReport({
    articles, corpusBytes: corpus.bytes, stories: corpus.stories, seed, ingest, baseline, answers, refresh,
    peakRssBytes, peakRssBeforeRefreshBytes, peakRssTotalBytes: maxRss(), storeBytes, coldStart,
  });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${renderTable(report)}\n`);
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function positiveInt(name: keyof typeof values): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value <= 0) {
    log(`bench: --${name} takes a positive whole number, not "${values[name]}"`);
    process.exit(2);
  }
  return value;
}

/** The store's files: the database, its WAL and shared-memory files. */
function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
