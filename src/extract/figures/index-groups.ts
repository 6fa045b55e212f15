// The words each group of figures speaks of (its topic, and each member's description, unit, event and
// claimant), gathered once per briefing so that "/aleppo figures trapped" looks words up instead of
// reading every group again: the distinct words in sorted order, each with the groups that use it.
import { positionsBy } from '../../core/positions-by.ts';
import { eventLabel } from './events.ts';
import type { FigureGroup } from './types.ts';

export interface FigureGroupIndex {
  groups: FigureGroup[];
  /** Every word of every group, each once, sorted. */
  words: string[];
  /** `groupsOf[k]`: the positions in `groups` of the groups that use `words[k]`, ascending. */
  groupsOf: number[][];
  /** The words of four letters or more by their stem ("trapp" -> "trapped"), as positions in `words`. */
  byStem: Map<string, number[]>;
}

export function indexGroups(groups: FigureGroup[]): FigureGroupIndex {
  // copies of a story repeat descriptions, units and claimants: each text is split once
  const split = new Map<string, string[]>();
  const users = positionsBy(groups, (group) => {
    const texts = new Set<string>();
    const mine = new Set<string>();
    for (const text of groupTexts(group)) {
      if (texts.has(text)) continue;
      texts.add(text);
      let found = split.get(text);
      if (!found) {
        found = textWords(text);
        split.set(text, found);
      }
      for (const word of found) mine.add(word);
    }
    return mine;
  });
  const words = [...users.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byStem = new Map<string, number[]>();
  words.forEach((word, k) => {
    if (word.length < 4) return;
    const key = stem(word);
    const list = byStem.get(key);
    if (list) list.push(k);
    else byStem.set(key, [k]);
  });
  return { groups, words, groupsOf: words.map((word) => users.get(word) as number[]), byStem };
}

/** What a group speaks of: its topic, and each member's description, unit, event and claimant. */
function* groupTexts(group: FigureGroup): Generator<string> {
  yield group.topic;
  for (const { figure } of group.members) {
    yield figure.what;
    yield figure.unit;
    yield figure.event ? eventLabel(figure.event) : '';
    yield figure.claimant;
  }
}

/** (Splitting texts one by one finds the words of the texts joined by spaces.) */
export function textWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** "trapped" ~ "trap", "displaced" ~ "displac", "killed" ~ "kill" */
export function stem(word: string): string {
  return word.length > 5 ? word.replace(/(ed|ing|es|s)$/, '') : word;
}
