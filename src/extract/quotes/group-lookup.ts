// Which groups of mergeQuotes a quote may belong to, without comparing it with every group.

/** A wording held whole by another is the same quote from this many words on. */
export const MIN_HELD_WORDS = 4;

/** A quote's words as ranks (rarest word first: rank 0), made once per quote for candidates and add. */
export interface RankedWording {
  /** Its words' ranks, repeats kept, ascending: a bag two wordings are compared by (see sharedWords). */
  bag: Int32Array;
  /** Its distinct words' ranks, rarest first. */
  distinct: Int32Array;
  /** The rarest third of its words (plus one). */
  prefix: Int32Array;
  /** Long enough to be held whole by another wording, or to hold one: see sameQuote. */
  holdsOrIsHeld: boolean;
}

/**
 * A prefix filter, as in set-similarity joins. Words are ranked rarest first across all the quotes. Two
 * wordings that are the same quote (see sameQuote) either overlap by 2/3 of each one's words, so that the
 * rarest word they share is among the rarest third of each (the prefix), or one holds the other whole.
 * So each group is listed under its prefix words, its rarest word and all its words, and a quote looks
 * up its prefix words in the first list (overlap), all its words in the second (it holds the group) and
 * both of its two rarest words in the third (the group holds it). A quote of a known speaker joins only
 * a group of that speaker or of none, so groups are also listed by speaker: in a large briefing most
 * groups that share words with a quote are someone else's.
 */
export class GroupLookup {
  private readonly rank = new Map<string, number>();
  private readonly everyone = new WordLists();
  private readonly bySpeaker = new Map<string, WordLists>();
  private readonly unattributed = new WordLists();
  private readonly found = new FoundGroups();

  /** `allQuotes`: the words of every quote; quotes of one text may share one array, counted once per quote. */
  constructor(allQuotes: readonly (readonly string[])[]) {
    const copies = new Map<readonly string[], number>();
    for (const words of allQuotes) copies.set(words, (copies.get(words) ?? 0) + 1);
    const spread = new Map<string, number>();
    for (const [words, n] of copies) for (const word of new Set(words)) spread.set(word, (spread.get(word) ?? 0) + n);
    [...spread.keys()]
      .sort((a, b) => (spread.get(a) as number) - (spread.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0))
      .forEach((word, i) => this.rank.set(word, i));
  }

  add(group: number, wording: RankedWording, speakerId: string | null): void {
    this.everyone.add(group, wording);
    let own = this.unattributed;
    if (speakerId) {
      own = this.bySpeaker.get(speakerId) ?? new WordLists();
      this.bySpeaker.set(speakerId, own);
    }
    own.add(group, wording);
  }

  /** The groups to compare, oldest first: a quote without a speaker may join any group. (Valid until the next call.) */
  candidates(wording: RankedWording, speakerId: string | null): Int32Array {
    this.found.clear();
    if (!speakerId) this.everyone.collect(wording, this.found);
    else {
      this.bySpeaker.get(speakerId)?.collect(wording, this.found);
      this.unattributed.collect(wording, this.found);
    }
    return this.found.sorted();
  }

  /** The words as ranks, and the distinct ones and the prefix the lists are keyed by. */
  wordingOf(words: readonly string[]): RankedWording {
    const bag = Int32Array.from(words, (word) => this.rank.get(word) ?? -1).sort();
    const distinct = bag.filter((rank, k) => k === 0 || rank !== bag[k - 1]);
    return { bag, distinct, prefix: distinct.subarray(0, Math.floor(words.length / 3) + 1), holdsOrIsHeld: words.length >= MIN_HELD_WORDS };
  }
}

/**
 * The groups found for one quote, each once. A common word or the quotes of no speaker list thousands
 * of groups, so a quote's groups are marked in an array by group, not kept in a Set.
 */
class FoundGroups {
  private marks: Int32Array = new Int32Array(1024);
  private list: Int32Array = new Int32Array(1024);
  private size = 0;
  /** Which quote the marks are for: marks of earlier quotes need no clearing. */
  private round = 0;

  clear(): void {
    this.size = 0;
    this.round++;
  }

  add(group: number): void {
    if (group >= this.marks.length) this.marks = grown(this.marks, group + 1);
    if (this.marks[group] === this.round) return;
    this.marks[group] = this.round;
    if (this.size === this.list.length) this.list = grown(this.list, this.size + 1);
    this.list[this.size++] = group;
  }

  sorted(): Int32Array {
    return this.list.subarray(0, this.size).sort();
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(Math.max(size, 2 * array.length));
  bigger.set(array);
  return bigger;
}

/** Groups under their prefix words, their rarest word, and all their words (by rank); each list ascending. */
class WordLists {
  private readonly byPrefixWord = new Map<number, number[]>();
  private readonly byRarestWord = new Map<number, number[]>();
  private readonly byWord = new Map<number, number[]>();

  add(group: number, { distinct, prefix, holdsOrIsHeld }: RankedWording): void {
    for (const word of prefix) push(this.byPrefixWord, word, group);
    if (!holdsOrIsHeld) return;
    if (distinct[0] !== undefined) push(this.byRarestWord, distinct[0], group);
    for (const word of distinct) push(this.byWord, word, group);
  }

  collect({ distinct, prefix, holdsOrIsHeld }: RankedWording, found: FoundGroups): void {
    for (const word of prefix) for (const group of this.byPrefixWord.get(word) ?? []) found.add(group);
    if (!holdsOrIsHeld) return;
    for (const word of distinct) for (const group of this.byRarestWord.get(word) ?? []) found.add(group);
    const rarest = distinct[0];
    if (rarest === undefined) return;
    const next = distinct[1];
    const first = this.byWord.get(rarest) ?? [];
    const second = next === undefined ? first : (this.byWord.get(next) ?? []);
    for (let i = 0, j = 0; i < first.length && j < second.length; ) {
      const a = first[i] as number;
      const b = second[j] as number;
      if (a === b) found.add(a);
      if (a <= b) i++;
      if (b <= a) j++;
    }
  }
}

function push(lists: Map<number, number[]>, word: number, group: number): void {
  const list = lists.get(word);
  if (list) list.push(group);
  else lists.set(word, [group]);
}
