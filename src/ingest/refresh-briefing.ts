// A configured briefing brought up to date with its articles folder, by the production engine: what the
// CLI commands, npm start and each digest slot run before answering.
import type { BriefingConfig } from '../config/load-briefings.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { BriefingStore } from '../store/store.ts';
import { ingestBriefing, type IngestReport } from './ingest-briefing.ts';

export function refreshBriefing(store: BriefingStore, briefing: BriefingConfig, onProgress?: (done: number, total: number) => void): IngestReport {
  return ingestBriefing({ store, briefing: briefing.name, dir: briefing.articlesDir, extract: extractArticle, onProgress });
}
