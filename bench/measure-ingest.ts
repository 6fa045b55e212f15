// Ingest end to end through the real pipeline (ingestBriefing with every extraction) into a fresh SQLite
// store, then again over the unchanged folder: the second run is what a restart or a cron tick costs.
import { extractArticle } from '../src/extract/extract-article.ts';
import { ingestBriefing, type IngestReport } from '../src/ingest/ingest-briefing.ts';
import type { BriefingStore } from '../src/store/store.ts';

export interface IngestTimings {
  firstMs: number;
  reingestMs: number;
  first: IngestReport;
  again: IngestReport;
}

export function measureIngest(store: BriefingStore, briefing: string, dir: string): IngestTimings {
  let lastShown = 0;
  const onProgress = (done: number, total: number) => {
    if (done === total || performance.now() - lastShown > 5000) {
      lastShown = performance.now();
      process.stderr.write(`  ingest: ${done}/${total} files, ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
    }
  };
  let start = performance.now();
  const first = ingestBriefing({ store, briefing, dir, extract: extractArticle, onProgress });
  const firstMs = performance.now() - start;
  start = performance.now();
  const again = ingestBriefing({ store, briefing, dir, extract: extractArticle });
  const reingestMs = performance.now() - start;
  return { firstMs, reingestMs, first, again };
}
