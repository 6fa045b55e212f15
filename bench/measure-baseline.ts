// The baseline: compromise's full parse of each article (nlp(text), then .quotations(), .people() and
// .numbers()), on the same files the ingest read. At ~0.06 MB/s a full corpus would take many minutes,
// so by default a fixed, evenly spaced sample is parsed and the rate is given per MB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

export interface BaselineTimings {
  ms: number;
  bytes: number;
  articles: number;
  sampled: boolean;
}

export function measureBaseline(dir: string, files: string[], sampleSize: number): BaselineTimings {
  const step = Math.max(1, files.length / Math.max(1, sampleSize));
  const sample: string[] = [];
  for (let i = 0; i < files.length && sample.length < sampleSize; i += step) sample.push(files[Math.floor(i)] as string);
  const texts = sample.map((file) => readFileSync(join(dir, file), 'utf8'));
  // compromise loads its lexicon on first use; that is not per-article cost
  nlp('Warm up, said the parser.').people();
  let bytes = 0;
  let found = 0;
  const start = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.quotations().length + doc.people().length + doc.numbers().length;
    bytes += Buffer.byteLength(text);
  }
  const ms = performance.now() - start;
  if (found === 0) throw new Error('the baseline found nothing: is compromise working?');
  return { ms, bytes, articles: texts.length, sampled: texts.length < files.length };
}
