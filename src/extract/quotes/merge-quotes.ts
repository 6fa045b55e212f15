// One quote, many outlets: the same words carried by several articles become one entry that lists
// every article and how the wording differs.
//   Reuters: "It's impossible for the rebel groups to leave Aleppo ..."
//   rewrite: "It’s impossible for the militant groups to leave Aleppo ..."  -> one quote, variant -rebel +militant

import { wordTokens } from '../../core/normalize.ts';
import { sharesAtLeast } from '../../core/sorted-bag.ts';
import { GroupLookup, MIN_HELD_WORDS } from './group-lookup.ts';
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

/** What a group is compared and told apart by: its main wording's words, their bag, and the key (words
 *  joined) of its main wording and of each of its variants in order. */
interface GroupWording {
  words: readonly string[];
  bag: Int32Array;
  keys: string[];
}

export function mergeQuotes(articles: readonly ArticleQuotes[], index?: SpeakerIndex): MergedQuote[] {
  const quoteWords = splitQuotes(articles);
  const lookup = new GroupLookup(quoteWords.flat().map(({ words }) => words));
  const merged: MergedQuote[] = [];
  const wordings: GroupWording[] = [];
  // copies of a story repeat a quote word for word: the group each speaker's wording went to
  const wentTo = new Map<string | null, Map<string, number>>();
  articles.forEach(({ file, quotes }, a) => {
    quotes.forEach((q, i) => {
      const { words, key } = quoteWords[a]?.[i] ?? NO_WORDS;
      const canonical = index ? speakerOf(index, file, i) : null;
      const speakerId = canonical?.id ?? q.speaker;
      const occurrence = { file, index: i, text: q.text, start: q.start, end: q.end };
      let went = wentTo.get(speakerId);
      if (!went) wentTo.set(speakerId, (went = new Map()));
      let found = words.length ? went.get(key) : undefined;
      // every older group failed this wording then, and fails it still (a group's speaker is only ever
      // set, never changed), so the group it went to is its group again, unless that group has since
      // been given another speaker
      if (found !== undefined && !mayJoin(merged[found] as MergedQuote, speakerId)) found = undefined;
      if (found === undefined) {
        const wording = lookup.wordingOf(words);
        found = firstSameGroup(lookup.candidates(wording, speakerId), wording.bag, speakerId, merged, wordings);
        if (found === undefined) {
          went.set(key, merged.length);
          lookup.add(merged.length, wording, speakerId);
          wordings.push({ words, bag: wording.bag, keys: [key] });
          merged.push({ text: q.text, speaker: canonical?.name ?? q.speaker, speakerId, files: [file], occurrences: [occurrence], variants: [] });
          return;
        }
      }
      went.set(key, found);
      const group = merged[found] as MergedQuote;
      group.occurrences.push(occurrence);
      if (!group.files.includes(file)) group.files.push(file);
      if (!group.speakerId && speakerId) Object.assign(group, { speakerId, speaker: canonical?.name ?? q.speaker });
      addVariant(group, wordings[found] as GroupWording, q.text, file, words, key);
    });
  });
  return merged;
}

/** A quote's words, and its key: the words joined. */
interface SplitQuote {
  words: readonly string[];
  key: string;
}

const NO_WORDS: SplitQuote = { words: [], key: '' };

/** Each quote's words; copies of a story carry the same texts, and each text is split once. */
function splitQuotes(articles: readonly ArticleQuotes[]): SplitQuote[][] {
  const byText = new Map<string, SplitQuote>();
  return articles.map(({ quotes }) =>
    quotes.map(({ text }) => {
      let split = byText.get(text);
      if (!split) {
        const words = wordTokens(text);
        byText.set(text, (split = { words, key: words.join(' ') }));
      }
      return split;
    }),
  );
}

/** A quote of a known speaker joins only a group of that speaker or of none. */
function mayJoin(group: MergedQuote, speakerId: string | null): boolean {
  return group.speakerId === speakerId || !group.speakerId || !speakerId;
}

/** The oldest of the candidate groups that the quote (its bag of words) may join and is the same quote as. */
function firstSameGroup(candidates: Int32Array, bag: Int32Array, speakerId: string | null, merged: MergedQuote[], wordings: GroupWording[]): number | undefined {
  for (const g of candidates) {
    const main = (wordings[g] as GroupWording).bag;
    if (mayJoin(merged[g] as MergedQuote, speakerId) && couldBeSame(main.length, bag.length) && sharesAtLeast(main, bag, sharedWordsNeeded(main.length, bag.length))) return g;
  }
  return undefined;
}

/** Word overlap F1 of at least 0.8, or one wording wholly inside the other. */
export function sameQuote(a: string, b: string): boolean {
  return sameWords(wordTokens(a), wordTokens(b));
}

/** Whether wordings of these lengths can pass sameQuote at all. */
function couldBeSame(a: number, b: number): boolean {
  return Math.min(a, b) >= MIN_HELD_WORDS || (2 * Math.min(a, b)) / (a + b) >= SAME_QUOTE;
}

/** sameQuote on words already tokenized. */
function sameWords(x: readonly string[], y: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return isSameOverlap(common, x.length, y.length);
}

/** Whether two wordings of these lengths sharing this many words (repeats counted) are one quote. */
function isSameOverlap(common: number, xLength: number, yLength: number): boolean {
  if (xLength === 0 || yLength === 0) return false;
  const f1 = (2 * common) / (xLength + yLength);
  return f1 >= SAME_QUOTE || (Math.min(xLength, yLength) >= MIN_HELD_WORDS && common === Math.min(xLength, yLength));
}

/**
 * The fewest shared words that make two wordings of these lengths one quote (isSameOverlap), or more
 * than the shorter one has when none do: the comparison stops as soon as it is decided. isSameOverlap
 * only turns true as the shared words grow, so the estimate 0.4 * (x + y) is moved to the exact bound.
 */
function sharedWordsNeeded(xLength: number, yLength: number): number {
  const most = Math.min(xLength, yLength);
  let need = Math.min(Math.ceil((SAME_QUOTE / 2) * (xLength + yLength)), most + 1);
  while (need > 0 && isSameOverlap(need - 1, xLength, yLength)) need--;
  while (need <= most && !isSameOverlap(need, xLength, yLength)) need++;
  return need;
}

/** Adds the quote's text to the group's variants, unless the group has its wording already. */
function addVariant(group: MergedQuote, wording: GroupWording, text: string, file: string, words: readonly string[], key: string): void {
  const known = wording.keys.indexOf(key);
  if (known === 0) return;
  if (known > 0) {
    const existing = group.variants[known - 1] as WordingVariant;
    if (!existing.files.includes(file)) existing.files.push(file);
    return;
  }
  wording.keys.push(key);
  group.variants.push({ text, files: [file], removed: missing(wording.words, words), added: missing(words, wording.words) });
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
