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
  const quoteWords = articles.map(({ quotes }) => quotes.map((q) => wordTokens(q.text)));
  const lookup = new GroupLookup(quoteWords.flat());
  const merged: MergedQuote[] = [];
  const groupWords: string[][] = [];
  articles.forEach(({ file, quotes }, a) => {
    quotes.forEach((q, i) => {
      const words = quoteWords[a]?.[i] ?? [];
      const canonical = index ? speakerOf(index, file, i) : null;
      const speakerId = canonical?.id ?? q.speaker;
      const occurrence = { file, index: i, text: q.text, start: q.start, end: q.end };
      const counts = countWords(words);
      const found = lookup.candidates(words, speakerId).find((g) => {
        const m = merged[g] as MergedQuote;
        const main = groupWords[g] as string[];
        return (m.speakerId === speakerId || !m.speakerId || !speakerId) && couldBeSame(main.length, words.length) && sameCounts(main, counts, words.length);
      });
      const group = found === undefined ? undefined : merged[found];
      if (!group) {
        lookup.add(merged.length, words, speakerId);
        groupWords.push(words);
        merged.push({ text: q.text, speaker: canonical?.name ?? q.speaker, speakerId, files: [file], occurrences: [occurrence], variants: [] });
        return;
      }
      group.occurrences.push(occurrence);
      if (!group.files.includes(file)) group.files.push(file);
      if (!group.speakerId && speakerId) Object.assign(group, { speakerId, speaker: canonical?.name ?? q.speaker });
      addVariant(group, q.text, file);
    });
  });
  return merged;
}

/**
 * Finds the groups a quote may belong to without comparing it with every group (a prefix filter, as in
 * set-similarity joins). Words are ranked rarest first across all the quotes. Two wordings that are the
 * same quote (see sameQuote) either overlap by 2/3 of each one's words, so that one of the group's
 * rarest third is in the quote, or one holds the other whole, so that the rarest word of the shorter
 * one is in the longer. Each group is listed under the words of its rarest third and under all its
 * words; a quote looks up every word of its own in the first list and its rarest word in the second.
 * A quote of a known speaker joins only a group of that speaker or of none, so groups are also listed
 * by speaker: in a large briefing most groups that share words with a quote are someone else's.
 */
class GroupLookup {
  private readonly rank = new Map<string, number>();
  private readonly everyone = new WordLists();
  private readonly bySpeaker = new Map<string, WordLists>();
  private readonly unattributed = new WordLists();

  constructor(allQuotes: readonly (readonly string[])[]) {
    const spread = new Map<string, number>();
    for (const words of allQuotes) for (const word of new Set(words)) spread.set(word, (spread.get(word) ?? 0) + 1);
    [...spread.keys()]
      .sort((a, b) => (spread.get(a) as number) - (spread.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0))
      .forEach((word, i) => this.rank.set(word, i));
  }

  add(group: number, words: readonly string[], speakerId: string | null): void {
    const distinct = this.rarestFirst(words);
    const prefix = distinct.slice(0, Math.floor(words.length / 3) + 1);
    this.everyone.add(group, prefix, distinct);
    let own = this.unattributed;
    if (speakerId) {
      own = this.bySpeaker.get(speakerId) ?? new WordLists();
      this.bySpeaker.set(speakerId, own);
    }
    own.add(group, prefix, distinct);
  }

  /** The groups to compare, oldest first: a quote without a speaker may join any group. */
  candidates(words: readonly string[], speakerId: string | null): Int32Array {
    const distinct = this.rarestFirst(words);
    const groups = new Set<number>();
    const sources = speakerId ? [this.bySpeaker.get(speakerId), this.unattributed] : [this.everyone];
    for (const lists of sources) lists?.collect(distinct, groups);
    return Int32Array.from(groups).sort();
  }

  private rarestFirst(words: readonly string[]): string[] {
    return [...new Set(words)].sort((a, b) => (this.rank.get(a) ?? 0) - (this.rank.get(b) ?? 0));
  }
}

/** Groups under the words of their rarest third, and under all their words. */
class WordLists {
  private readonly byPrefixWord = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();

  add(group: number, prefix: readonly string[], distinct: readonly string[]): void {
    for (const word of prefix) push(this.byPrefixWord, word, group);
    for (const word of distinct) push(this.byWord, word, group);
  }

  /** Adds the groups listed under any of these words (rarest first) as a prefix word, or under the rarest as any word. */
  collect(distinct: readonly string[], groups: Set<number>): void {
    for (const word of distinct) for (const group of this.byPrefixWord.get(word) ?? []) groups.add(group);
    if (distinct[0] !== undefined) for (const group of this.byWord.get(distinct[0]) ?? []) groups.add(group);
  }
}

function push(index: Map<string, number[]>, word: string, group: number): void {
  const list = index.get(word);
  if (list) list.push(group);
  else index.set(word, [group]);
}

/** Word overlap F1 of at least 0.8, or one wording wholly inside the other. */
export function sameQuote(a: string, b: string): boolean {
  return sameWords(wordTokens(a), wordTokens(b));
}

/** Whether wordings of these lengths can pass sameQuote at all. */
function couldBeSame(a: number, b: number): boolean {
  return Math.min(a, b) >= 4 || (2 * Math.min(a, b)) / (a + b) >= SAME_QUOTE;
}

/** sameQuote on words already tokenized. */
function sameWords(x: readonly string[], y: readonly string[]): boolean {
  return sameCounts(x, countWords(y), y.length);
}

/** sameWords with the second wording's word counts made once (a quote is tried against many groups). */
function sameCounts(x: readonly string[], y: ReadonlyMap<string, number>, yLength: number): boolean {
  if (x.length === 0 || yLength === 0) return false;
  const used = new Map<string, number>();
  let common = 0;
  for (const w of x) {
    const n = used.get(w) ?? 0;
    if (n < (y.get(w) ?? 0)) {
      common++;
      used.set(w, n + 1);
    }
  }
  const f1 = (2 * common) / (x.length + yLength);
  return f1 >= SAME_QUOTE || (Math.min(x.length, yLength) >= 4 && common === Math.min(x.length, yLength));
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
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
