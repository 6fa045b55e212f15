// The Aleppo briefing's five seed articles, as scraped, for tests that run on real text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CleanArticle } from '../../src/core/article.ts';
import { cleanArticle } from '../../src/ingest/clean-article.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../briefings/aleppo/articles');
export const EVAL_DIR = join(import.meta.dirname, '../data/eval');

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).sort();

export function seedText(prefix: string): { file: string; text: string } {
  const file = seedFiles().find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed file starts with ${prefix}`);
  return { file, text: readFileSync(join(SEEDS_DIR, file), 'utf8') };
}

export function cleanSeed(prefix: string): CleanArticle {
  const { file, text } = seedText(prefix);
  return cleanArticle(text, file);
}

export function readEvalJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(EVAL_DIR, name), 'utf8')) as T;
}
