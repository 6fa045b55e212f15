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

/** Visits each candidate pair once, the earlier figure of the class's value order first. */
export function forEachCandidatePair(facts: QuantityFacts[], visit: PairVisitor): void {
  for (const bucket of classBuckets(facts)) meetBucket(bucket, facts, { meet: (older, newer) => visit(bucket[older] as number, bucket[newer] as number) });
}

/**
 * The figures linked by `same` through candidate pairs, directly or through others: for each figure, the
 * figure that stands for its group. Pairs already linked are not compared. A class is linked on its own
 * with positions in its value order, so that the hot loop reads arrays of one class (a few thousand
 * entries) instead of jumping about all the briefing's figures.
 */
export function linkCandidatePairs(facts: QuantityFacts[], same: (a: QuantityFacts, b: QuantityFacts) => boolean): Int32Array {
  const representative = Int32Array.from(facts, (_, i) => i);
  for (const bucket of classBuckets(facts)) {
    const links = new BucketLinks(bucket.map((i) => facts[i] as QuantityFacts), same);
    meetBucket(bucket, facts, links);
    for (let x = 0; x < bucket.length; x++) representative[bucket[x] as number] = bucket[links.find(x)] as number;
  }
  return representative;
}

/** What is done with a candidate pair, as positions in the class's value order (`older` first). */
interface PairMeeting {
  meet(older: number, newer: number): void;
}

/** Union-find over one class, comparing a pair only when its figures are not linked yet. */
class BucketLinks implements PairMeeting {
  private readonly parent: Int32Array;
  /** The figure whose meetings run, and its root: while it meets, every link is made under that root. */
  private newer = -1;
  private newerRoot = -1;

  constructor(
    private readonly facts: QuantityFacts[],
    private readonly same: (a: QuantityFacts, b: QuantityFacts) => boolean,
  ) {
    this.parent = Int32Array.from(facts, (_, x) => x);
  }

  meet(older: number, newer: number): void {
    if (newer !== this.newer) {
      this.newer = newer;
      this.newerRoot = this.find(newer);
    }
    const olderRoot = this.find(older);
    if (olderRoot !== this.newerRoot && this.same(this.facts[older] as QuantityFacts, this.facts[newer] as QuantityFacts)) this.parent[olderRoot] = this.newerRoot;
  }

  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  }
}

/** One class's candidate pairs, as positions in `bucket` (its figures in value order). */
function meetBucket(bucket: number[], facts: QuantityFacts[], pairs: PairMeeting): void {
  // (a value that is not a number sorts nowhere: such a class is compared pair by pair)
  if (bucket.some((i) => Number.isNaN((facts[i] as QuantityFacts).value))) {
    for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) pairs.meet(x, y);
    return;
  }
  // the figure each one last met: a pair that shares its event, a word or a place twice is met once
  const meeting: Meeting = { values: Float64Array.from(bucket, (i) => (facts[i] as QuantityFacts).value), metBy: new Int32Array(bucket.length).fill(-1), pairs };
  const byEvent = new Map<string, KeyWindows>();
  const byWord: (KeyWindows | undefined)[] = [];
  const rankOf = wordRanks(bucket, facts);
  const ranks: number[] = [];
  bucket.forEach((i, x) => {
    const f = facts[i] as QuantityFacts;
    if (f.event && !f.part) windowsOf(byEvent, f.event).meetAndAdd(x, f.scope, meeting);
    if (f.words.length < MIN_WORDING_WORDS) return;
    for (const rank of prefix(f.words, rankOf, ranks)) (byWord[rank] ??= new KeyWindows()).meetAndAdd(x, f.scope, meeting);
  });
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
 * short: "Aleppo" before "people". The rank of each word id of the class (ids are small and dense: see
 * quantityFacts), rarest first, -1 for words the class does not use.
 */
function wordRanks(bucket: number[], facts: QuantityFacts[]): Int32Array {
  let size = 0;
  for (const i of bucket) for (const word of (facts[i] as QuantityFacts).words) size = Math.max(size, word + 1);
  const counts = new Int32Array(size);
  for (const i of bucket) for (const word of (facts[i] as QuantityFacts).words) counts[word] = (counts[word] as number) + 1;
  const used: number[] = [];
  for (let word = 0; word < size; word++) if (counts[word]) used.push(word);
  used.sort((a, b) => (counts[a] as number) - (counts[b] as number) || a - b);
  const ranks = new Int32Array(size).fill(-1);
  used.forEach((word, rank) => (ranks[word] = rank));
  return ranks;
}

/** The ranks of the first floor(n / 2) + 1 words of a set in `rankOf`, in `into` (reused from figure to figure). */
function prefix(words: number[], rankOf: Int32Array, into: number[]): number[] {
  into.length = 0;
  for (const word of words) into.push(rankOf[word] as number);
  into.sort((a, b) => a - b);
  into.length = Math.floor(words.length / 2) + 1;
  return into;
}

function windowsOf<K>(windows: Map<K, KeyWindows>, key: K): KeyWindows {
  let found = windows.get(key);
  if (!found) {
    found = new KeyWindows();
    windows.set(key, found);
  }
  return found;
}

/** A class's figures as positions in its value order: their values, and the figure each last met. */
interface Meeting {
  values: Float64Array;
  metBy: Int32Array;
  pairs: PairMeeting;
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

  meetAndAdd(x: number, places: string[], meeting: Meeting): void {
    if (!places.length) {
      this.all.meet(x, meeting);
      this.placeless.add(x);
    } else {
      this.placeless.meet(x, meeting);
      for (const place of places) this.byPlace.get(place)?.meet(x, meeting);
      for (const place of places) {
        const window = this.byPlace.get(place);
        if (window) window.add(x);
        else this.byPlace.set(place, new ValueWindow(x));
      }
    }
    this.all.add(x);
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
   * Meets the figures in the window with figure `x`, which has the largest value yet: the closest in
   * value first, at most MAX_MEETINGS of them.
   */
  meet(x: number, { values, metBy, pairs }: Meeting): void {
    const items = this.items;
    const value = values[x] as number;
    while (this.head < items.length && tooSmall(values[items[this.head] as number] as number, value)) this.head++;
    const stop = Math.max(this.head, items.length - MAX_MEETINGS);
    for (let k = items.length - 1; k >= stop; k--) {
      const y = items[k] as number;
      if (metBy[y] === x) continue;
      metBy[y] = x;
      pairs.meet(y, x);
    }
  }

  add(x: number): void {
    this.items.push(x);
  }
}

/** `small` (<= `value`) is out of the spread of `value`, and so of every larger value (see withinSpread). */
function tooSmall(small: number, value: number): boolean {
  return small <= 0 ? small < value : value / small > MAX_SPREAD;
}
