// One quote, many outlets: the same words carried by several articles become one entry that lists
// every article and how the wording differs.
//   Reuters: "It's impossible for the rebel groups to leave Aleppo ..."
//   rewrite: "It’s impossible for the militant groups to leave Aleppo ..."  -> one quote, variant -rebel +militant

import { wordTokens } from '../../core/normalize.ts';
import type { ArticleQuotes, SpeakerIndex } from './resolve-speakers.ts';
import { speakerOf } from './resolve-speakers.ts';

export interface QuoteOccurrence {
  file: string;
  /** Position of the quote in that article's list. */
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface WordingVariant {
  text: string;
  files: string[];
  /** Words of the main wording this variant lacks, and words it has instead. */
  removed: string[];
  added: string[];
}

export interface MergedQuote {
  text: string;
  speaker: string | null;
  speakerId: string | null;
  files: string[];
  occurrences: QuoteOccurrence[];
  variants: WordingVariant[];
}

const SAME_QUOTE = 0.8;

export function mergeQuotes(articles: readonly ArticleQuotes[], index?: SpeakerIndex): MergedQuote[] {
  const merged: MergedQuote[] = [];
  for (const { file, quotes } of articles) {
    quotes.forEach((q, i) => {
      const canonical = index ? speakerOf(index, file, i) : null;
      const speakerId = canonical?.id ?? q.speaker;
      const occurrence = { file, index: i, text: q.text, start: q.start, end: q.end };
      const group = merged.find((m) => (m.speakerId === speakerId || !m.speakerId || !speakerId) && sameQuote(m.text, q.text));
      if (!group) {
        merged.push({ text: q.text, speaker: canonical?.name ?? q.speaker, speakerId, files: [file], occurrences: [occurrence], variants: [] });
        return;
      }
      group.occurrences.push(occurrence);
      if (!group.files.includes(file)) group.files.push(file);
      if (!group.speakerId && speakerId) Object.assign(group, { speakerId, speaker: canonical?.name ?? q.speaker });
      addVariant(group, q.text, file);
    });
  }
  return merged;
}

/** Word overlap F1 of at least 0.8, or one wording wholly inside the other. */
export function sameQuote(a: string, b: string): boolean {
  const x = wordTokens(a);
  const y = wordTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  const bag = new Map<string, number>();
  for (const w of y) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  const f1 = (2 * common) / (x.length + y.length);
  return f1 >= SAME_QUOTE || (Math.min(x.length, y.length) >= 4 && common === Math.min(x.length, y.length));
}

function addVariant(group: MergedQuote, text: string, file: string): void {
  const main = wordTokens(group.text);
  const mine = wordTokens(text);
  if (main.join(' ') === mine.join(' ')) return;
  const existing = group.variants.find((v) => wordTokens(v.text).join(' ') === mine.join(' '));
  if (existing) {
    if (!existing.files.includes(file)) existing.files.push(file);
    return;
  }
  group.variants.push({ text, files: [file], removed: missing(main, mine), added: missing(mine, main) });
}

function missing(from: readonly string[], other: readonly string[]): string[] {
  const bag = new Map<string, number>();
  for (const w of other) bag.set(w, (bag.get(w) ?? 0) + 1);
  return from.filter((w) => {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    return n === 0;
  });
}
