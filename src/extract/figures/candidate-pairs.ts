// The only pairs of figures sameQuantity can accept, without trying all pairs. It accepts a pair of one
// kind and class of thing counted, within MAX_SPREAD of each other, whose places do not differ (one
// names none, or both name one place alike), and that either name the same event (and are not parts)
// or are worded alike (content-word Jaccard >= 0.5). So, class by class in value order, each figure
// meets only the figures before it that share its event or one of its rarest words and can share its
// place, and of those only the ones not too small to be within its spread, the closest in value first
// and at most MAX_MEETINGS of them.
import { MAX_SPREAD, MIN_WORDING_WORDS, type QuantityFacts } from './same-quantity.ts';

export type PairVisitor = (a: number, b: number) => void;

/**
 * Figures of one event or word, and one place, that a figure is compared with: those closest to it in
 * value. A briefing of thousands of articles has thousands of death tolls within each other's spread,
 * and comparing all of them made grouping quadratic (14 s cold at 10,000 bench articles). A group is
 * whatever is linked directly or through others, so a figure still joins one whose nearest members
 * it meets; groups of more than this many figures may come out split.
 */
export const MAX_MEETINGS = 128;

export function forEachCandidatePair(facts: QuantityFacts[], visit: PairVisitor): void {
  // the figure each one last met: a pair that shares its event, a word or a place twice is visited once
  const metBy = new Int32Array(facts.length).fill(-1);
  const meeting = { facts, metBy, visit };
  for (const bucket of classBuckets(facts)) {
    // (a value that is not a number sorts nowhere: such a class is compared pair by pair)
    if (bucket.some((i) => Number.isNaN((facts[i] as QuantityFacts).value))) {
      bucket.forEach((a, x) => bucket.slice(x + 1).forEach((b) => visit(a, b)));
      continue;
    }
    const byEvent = new Map<string, KeyWindows>();
    const byWord = new Map<number, KeyWindows>();
    const order = wordOrder(bucket, facts);
    for (const i of bucket) {
      const f = facts[i] as QuantityFacts;
      if (f.event && !f.part) windowsOf(byEvent, f.event).meetAndAdd(i, meeting);
      if (f.words.length >= MIN_WORDING_WORDS) for (const rank of prefix(f.words, order)) windowsOf(byWord, rank).meetAndAdd(i, meeting);
    }
  }
}

/** Figures of one kind and (non-empty) class of thing counted, each sorted by value. */
function classBuckets(facts: QuantityFacts[]): number[][] {
  const buckets = new Map<string, number[]>();
  facts.forEach((f, i) => {
    if (!f.unitClass) return;
    const key = `${f.kind}\u0000${f.unitClass}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });
  const valueOf = (i: number) => (facts[i] as QuantityFacts).value;
  return [...buckets.values()].map((bucket) => bucket.sort((a, b) => valueOf(a) - valueOf(b) || a - b));
}

/**
 * Two word sets with Jaccard >= 0.5 share at least half of each one's words, so under any one order of
 * words they share one of the first floor(n / 2) + 1 words of each. Rare words first keeps the lists
 * short: "Aleppo" before "people".
 */
function wordOrder(bucket: number[], facts: QuantityFacts[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of bucket) for (const word of (facts[i] as QuantityFacts).words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()].sort((a, b) => (counts.get(a) as number) - (counts.get(b) as number) || a - b);
  return new Map(words.map((word, rank) => [word, rank]));
}

/** The ranks of the first floor(n / 2) + 1 words of a set in `order`. */
function prefix(words: number[], order: Map<number, number>): number[] {
  const ranked = words.map((word) => order.get(word) as number).sort((a, b) => a - b);
  return ranked.slice(0, Math.floor(words.length / 2) + 1);
}

function windowsOf<K>(windows: Map<K, KeyWindows>, key: K): KeyWindows {
  let found = windows.get(key);
  if (!found) {
    found = new KeyWindows();
    windows.set(key, found);
  }
  return found;
}

interface Meeting {
  facts: QuantityFacts[];
  metBy: Int32Array;
  visit: PairVisitor;
}

/**
 * The figures seen so far with one event or word: all of them, those that name no place, and those
 * that name each place. "on Aleppo" meets those that name no place and those that name Aleppo; a
 * figure that names no place meets them all.
 */
class KeyWindows {
  private readonly all = new ValueWindow();
  private readonly placeless = new ValueWindow();
  private readonly byPlace = new Map<string, ValueWindow>();

  meetAndAdd(i: number, meeting: Meeting): void {
    const places = (meeting.facts[i] as QuantityFacts).scope;
    if (!places.length) {
      this.all.meet(i, meeting);
      this.placeless.add(i);
    } else {
      this.placeless.meet(i, meeting);
      for (const place of places) this.byPlace.get(place)?.meet(i, meeting);
      for (const place of places) {
        const window = this.byPlace.get(place);
        if (window) window.add(i);
        else this.byPlace.set(place, new ValueWindow(i));
      }
    }
    this.all.add(i);
  }
}

/** Figures in value order, less those too small for any figure to come. */
class ValueWindow {
  private readonly items: number[];
  private head = 0;

  constructor(...items: number[]) {
    this.items = items;
  }

  /**
   * Visits the figures in the window with figure `i`, which has the largest value yet: the closest in
   * value first, at most MAX_MEETINGS of them.
   */
  meet(i: number, { facts, metBy, visit }: Meeting): void {
    const value = (facts[i] as QuantityFacts).value;
    while (this.head < this.items.length && tooSmall((facts[this.items[this.head] as number] as QuantityFacts).value, value)) this.head++;
    const stop = Math.max(this.head, this.items.length - MAX_MEETINGS);
    for (let k = this.items.length - 1; k >= stop; k--) {
      const j = this.items[k] as number;
      if (metBy[j] === i) continue;
      metBy[j] = i;
      visit(j, i);
    }
  }

  add(i: number): void {
    this.items.push(i);
  }
}

/** `small` (<= `value`) is out of the spread of `value`, and so of every larger value (see withinSpread). */
function tooSmall(small: number, value: number): boolean {
  return small <= 0 ? small < value : value / small > MAX_SPREAD;
}
