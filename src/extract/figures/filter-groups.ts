// "/aleppo figures trapped": the groups whose topic or members speak of every word of the query. A
// group speaks of a word when one of its words starts with the word's stem ("trapped" for "trap"), or
// when the word starts with the stem of one of its words of four letters or more ("killed" for "kill").
import { type FigureGroupIndex, stem, textWords } from './index-groups.ts';
import type { FigureGroup } from './types.ts';

export function filterGroups(index: FigureGroupIndex, query: string): FigureGroup[] {
  const wanted = textWords(query);
  if (!wanted.length) return index.groups;
  let chosen: Uint8Array | null = null;
  for (const word of wanted) {
    const speaking = groupsSpeakingOf(index, word);
    if (!chosen) chosen = speaking;
    else for (let g = 0; g < speaking.length; g++) if (!speaking[g]) chosen[g] = 0;
  }
  const kept = chosen as Uint8Array;
  return index.groups.filter((_, g) => kept[g] === 1);
}

/** 1 for each group that speaks of `word`. */
function groupsSpeakingOf(index: FigureGroupIndex, word: string): Uint8Array {
  const speaking = new Uint8Array(index.groups.length);
  const mark = (k: number) => {
    for (const g of index.groupsOf[k] as number[]) speaking[g] = 1;
  };
  // the group's words that start with the word's stem: a run of the sorted words
  const start = stem(word);
  for (let k = firstAtOrAfter(index.words, start); k < index.words.length && (index.words[k] as string).startsWith(start); k++) mark(k);
  // the group's words whose stem starts the word: one look-up per prefix of the word
  for (let end = 1; end <= word.length; end++) for (const k of index.byStem.get(word.slice(0, end)) ?? []) mark(k);
  return speaking;
}

/** The position of the first of the sorted `words` that is not before `text`. */
function firstAtOrAfter(words: string[], text: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
