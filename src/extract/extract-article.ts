// Everything extracted from one article at ingest, stored with it so that answering only reads.
import type { CleanArticle } from '../core/article.ts';
import { extractQuotes, type Quote } from './quotes/index.ts';

export interface Extracted extends Record<string, unknown> {
  quotes: Quote[];
  figures: unknown[];
}

export function extractArticle(article: CleanArticle): Extracted {
  return { quotes: extractQuotes(article), figures: [] };
}
