// Everything extracted from one article at ingest, stored with it so that answering only reads.
import type { CleanArticle } from '../core/article.ts';

export interface Extracted extends Record<string, unknown> {
  quotes: unknown[];
  figures: unknown[];
}

export function extractArticle(_article: CleanArticle): Extracted {
  return { quotes: [], figures: [] };
}
