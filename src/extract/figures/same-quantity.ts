// When two figures give a number for the same quantity: same kind of thing counted, same event,
// same place and time, numbers within a plausible spread; or the same wording (a wire story copied,
// a paragraph printed twice). "about 900 former Nusra Front fighters" and "no more than 900 remain"
// are one quantity; "a maximum of 8,000 rebels in eastern Aleppo" is another.
import type { Figure, FigureMember } from './types.ts';

/** Different sources' estimates of one quantity rarely differ by more than this factor. */
export const MAX_SPREAD = 5;
const MIN_WORDING_SIMILARITY = 0.5;
const MIN_WORDING_WORDS = 3;

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

export function sameQuantity(a: FigureMember, b: FigureMember): boolean {
  const x = a.figure;
  const y = b.figure;
  if (x.kind !== y.kind || unitClass(x) !== unitClass(y) || !unitClass(x)) return false;
  const sameFile = a.file === b.file;
  // two numbers of one sentence are two quantities ("600 killed and 2000 injured")
  if (sameFile && x.sentence === y.sentence && x.repeat === y.repeat) return false;
  if (spread(x, y) > MAX_SPREAD || scopesConflict(x, y)) return false;
  // one source gives one number for a quantity in one article; two numbers from it are two quantities
  if (sameFile && x.claimant === y.claimant && !sameValue(x.value, y.value)) return false;
  if (x.event && x.event === y.event && !x.part && !y.part) return true;
  return wordingSimilarity(x.what, y.what) >= MIN_WORDING_SIMILARITY;
}

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
}

function spread(x: Figure, y: Figure): number {
  const lo = Math.min(x.value, y.value);
  const hi = Math.max(x.value, y.value);
  return lo <= 0 ? (hi === lo ? 1 : Infinity) : hi / lo;
}

/** "in government-held areas of Aleppo city ... on Thursday" vs "on the town of Kafr Nabel": different places. */
function scopesConflict(x: Figure, y: Figure): boolean {
  const days = (f: Figure) => f.scope.filter((s) => WEEKDAYS.test(s));
  const [dx, dy] = [days(x), days(y)];
  if (dx.length && dy.length && !dx.some((d) => dy.includes(d))) return true; // "on Thursday" vs "on Sunday"
  if (!x.scope.length || !y.scope.length) return false;
  const mine = new Set(x.scope.map((s) => s.toLowerCase()));
  return !y.scope.some((s) => mine.has(s.toLowerCase()));
}

const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const STOP = new Set('the a an of in on at to by for with and or but is are was were be been have has had that which who this from as it its their they them than more about'.split(' '));

// grouping compares each figure with many others: its words are taken apart once (bounded, as texts repeat)
const wordCache = new Map<string, Set<string>>();
const WORD_CACHE_LIMIT = 50_000;

function contentWords(text: string): Set<string> {
  let words = wordCache.get(text);
  if (!words) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    words = new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
    wordCache.set(text, words);
  }
  return words;
}

function wordingSimilarity(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size < MIN_WORDING_WORDS || y.size < MIN_WORDING_WORDS) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}
