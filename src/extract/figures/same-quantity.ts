// When two figures give a number for the same quantity: same kind of thing counted, same event,
// same place and time, numbers within a plausible spread; or the same wording (a wire story copied,
// a paragraph printed twice). "about 900 former Nusra Front fighters" and "no more than 900 remain"
// are one quantity; "a maximum of 8,000 rebels in eastern Aleppo" is another.
import { boundedMemo } from '../../core/bounded-memo.ts';
import type { Figure, FigureKind, FigureMember } from './types.ts';

/** Different sources' estimates of one quantity rarely differ by more than this factor. */
export const MAX_SPREAD = 5;
const MIN_WORDING_SIMILARITY = 0.5;
/** Descriptions with fewer content words than this are never alike by wording. */
export const MIN_WORDING_WORDS = 3;

/** Nouns that count the same kind of thing: 275,000 residents and 250,000 people trapped. */
const UNIT_CLASSES: [string, RegExp][] = [
  // "the death toll ... rose to at least 1,200" (deaths) and "1,214 people had been confirmed dead"
  ['people', /^(people|persons?|residents?|civilians?|inhabitants?|individuals?|citizens?|lives|souls|population|deaths|dead|fatalities|victims|\p{Lu}\p{Ll}+(ans|ians|is|ese))$/u],
  ['children', /^(children|child|kids|minors|boys|girls)$/],
  ['fighters', /^(fighters?|rebels?|militants?|insurgents?|gunmen|jihadists?|combatants?|militiamen)$/],
  ['troops', /^(soldiers?|troops|servicemen|personnel)$/],
];

const classCache = new Map<string, string>();

export function unitClass(figure: Figure): string {
  const known = classCache.get(figure.unit);
  if (known !== undefined) return known;
  const found = UNIT_CLASSES.find(([, pattern]) => pattern.test(figure.unit))?.[0] ?? figure.unit.toLowerCase().replace(/(?<=[^s])s$/, '');
  if (classCache.size < WORD_CACHE_LIMIT) classCache.set(figure.unit, found);
  return found;
}

/** What sameQuantity compares, read off a member once: a briefing compares each figure with many others. */
export interface QuantityFacts {
  kind: FigureKind;
  /** unitClass of the figure ("people" for residents and civilians); "" never matches. */
  unitClass: string;
  value: number;
  file: string;
  sentence: number;
  repeat: boolean;
  claimant: string;
  event: string | null;
  part: boolean;
  /** The scope's weekdays as written ("Thursday"). */
  days: string[];
  /** The scope in lower case, each place once ("aleppo"). */
  scope: string[];
  /** Content words of the description, for wording similarity, as ids in `wordIds`, ascending. */
  words: number[];
}

/** `wordIds`: one id per word, shared by all the figures compared (filled in as words are met). */
export function quantityFacts({ file, figure }: FigureMember, wordIds: Map<string, number>): QuantityFacts {
  return {
    kind: figure.kind,
    unitClass: unitClass(figure),
    value: figure.value,
    file,
    sentence: figure.sentence,
    repeat: figure.repeat,
    claimant: figure.claimant,
    event: figure.event,
    part: figure.part,
    days: figure.scope.filter((s) => WEEKDAYS.test(s)),
    scope: [...new Set(figure.scope.map(lowerPlace))],
    words: idsOf(contentWords(figure.what), wordIds),
  };
}

export function sameQuantity(x: QuantityFacts, y: QuantityFacts): boolean {
  if (x.kind !== y.kind || x.unitClass !== y.unitClass || !x.unitClass) return false;
  const sameFile = x.file === y.file;
  // two numbers of one sentence are two quantities ("600 killed and 2000 injured")
  if (sameFile && x.sentence === y.sentence && x.repeat === y.repeat) return false;
  if (!withinSpread(x.value, y.value) || scopesConflict(x, y)) return false;
  // one source gives one number for a quantity in one article; two numbers from it are two quantities
  if (sameFile && x.claimant === y.claimant && !sameValue(x.value, y.value)) return false;
  if (x.event && x.event === y.event && !x.part && !y.part) return true;
  return wordingSimilarity(x.words, y.words) >= MIN_WORDING_SIMILARITY;
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

/** The larger value at most MAX_SPREAD times the smaller; zero and below only match themselves. */
export function withinSpread(a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return lo <= 0 ? hi === lo : !(hi / lo > MAX_SPREAD);
}

/** "in government-held areas of Aleppo city ... on Thursday" vs "on the town of Kafr Nabel": different places. */
function scopesConflict(x: QuantityFacts, y: QuantityFacts): boolean {
  if (x.days.length && y.days.length && !shareOne(x.days, y.days)) return true; // "on Thursday" vs "on Sunday"
  if (!x.scope.length || !y.scope.length) return false;
  return !shareOne(y.scope, x.scope);
}

/** (Loops, not some/includes: a briefing checks millions of pairs, and each closure was garbage.) */
function shareOne(a: string[], b: string[]): boolean {
  for (const s of a) for (const t of b) if (s === t) return true;
  return false;
}

const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const STOP = new Set('the a an of in on at to by for with and or but is are was were be been have has had that which who this from as it its their they them than more about'.split(' '));

// descriptions and places repeat across the copies of a story: each is taken apart once (bounded)
const WORD_CACHE_LIMIT = 50_000;

/** "Aleppo" -> "aleppo", one string for each place, so that comparing two equal places is one check. */
const lowerPlace = boundedMemo(WORD_CACHE_LIMIT, (place) => place.toLowerCase());

const contentWords = boundedMemo(WORD_CACHE_LIMIT, (text) => new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !STOP.has(w))));

function idsOf(words: Set<string>, wordIds: Map<string, number>): number[] {
  const ids: number[] = [];
  for (const word of words) {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
    }
    ids.push(id);
  }
  return ids.sort((a, b) => a - b);
}

/** Jaccard similarity of two ascending id lists (0 when either is too short to tell). */
function wordingSimilarity(x: number[], y: number[]): number {
  if (x.length < MIN_WORDING_WORDS || y.length < MIN_WORDING_WORDS) return 0;
  let common = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) common++;
    if (a <= b) i++;
    if (b <= a) j++;
  }
  return common / (x.length + y.length - common);
}
