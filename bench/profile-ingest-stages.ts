// `tsx bench/profile-ingest-stages.ts [--articles N]`: where ingest time goes, stage by stage, on the
// benchmark corpus: decode, clean, quotes, figures, sketch, store (batched saves), align.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { alignArticles } from '../src/align/align-articles.ts';
import { sketchSentence } from '../src/align/sketch-sentence.ts';
import { extractFigures } from '../src/extract/figures/index.ts';
import { extractQuotes } from '../src/extract/quotes/index.ts';
import { decodeArticle } from '../src/ingest/01-decode.ts';
import { cleanArticle } from '../src/ingest/clean-article.ts';
import { ENGINE_VERSION } from '../src/ingest/ingest-briefing.ts';
import type { ArticleInput } from '../src/store/store.ts';
import { openSqliteStore } from '../src/store/sqlite-store.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, seed: { type: 'string', default: '20161013' } } });
const work = mkdtempSync(join(tmpdir(), 'briefing-stages-'));
const stages = new Map<string, number>();
const time = <T>(stage: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  stages.set(stage, (stages.get(stage) ?? 0) + performance.now() - start);
  return result;
};

try {
  const corpus = generateCorpus(join(work, 'articles'), Number(values.articles), Number(values.seed));
  const store = openSqliteStore(join(work, 'data', 'briefing.db'));
  let batch: ArticleInput[] = [];
  for (const file of corpus.files) {
    const bytes = time('read', () => readFileSync(join(corpus.dir, file)));
    const decoded = time('decode', () => decodeArticle(bytes));
    if (!decoded.ok) continue;
    const article = time('clean', () => cleanArticle(decoded.text, file));
    const quotes = time('quotes', () => extractQuotes(article));
    const figures = time('figures', () => extractFigures(article));
    const sketches = time('sketch', () =>
      article.sentences.filter((s) => s.kind === 'body').map((s) => ({ sentence: s.index, hashes: sketchSentence(s.text) })).filter((s) => s.hashes.length > 0),
    );
    batch.push({ briefing: 'bench', file, sha256: file, bytes: bytes.length, engine: ENGINE_VERSION, article, extracted: { quotes, figures }, sketches });
    if (batch.length >= 200) {
      const full = batch;
      time('store', () => store.saveArticles(full));
      batch = [];
    }
  }
  time('store', () => store.saveArticles(batch));
  const aligned = time('align', () => alignArticles(store, 'bench'));
  store.close();
  const total = [...stages.values()].reduce((a, b) => a + b, 0);
  console.log(`${corpus.files.length} articles, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${aligned.alignments} alignments`);
  for (const [stage, ms] of [...stages].sort((a, b) => b[1] - a[1])) {
    console.log(`${stage.padEnd(8)} ${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(6)}%`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
