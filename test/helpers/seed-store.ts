// The seed briefing ingested into a temporary store, shared by the tests of one file.
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import { tempBriefing, type TempBriefing } from './temp-store.ts';

export function ingestedSeeds(): TempBriefing {
  const temp = tempBriefing();
  ingestBriefing({ store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle });
  return temp;
}
