// Everything extracted from one article at ingest, stored with it so that answering only reads.
import type { CleanArticle } from '../core/article.ts';
import { extractFigures, type Figure } from './figures/index.ts';
import { extractQuotes, type Quote } from './quotes/index.ts';

export interface Extracted extends Record<string, unknown> {
  quotes: Quote[];
  figures: Figure[];
}

export function extractArticle(article: CleanArticle): Extracted {
  return { quotes: extractQuotes(article), figures: extractFigures(article) };
}
