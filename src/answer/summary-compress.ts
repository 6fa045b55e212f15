// Shorter wordings of a summary sentence, by the cuts of summary-cuts.ts. Every cut removes whole words and
// keeps the rest in order, so that each article carrying the sentence still carries every word of the
// shortened one (`keepsWordOrder` checks each wording, and a wording that fails is not offered).
//   compressSentence: the sentence with the cuts every summary makes;
//   compressions:     that wording and the ones without each subset of optional clauses;
//   splitClauses:     a second clause that reads alone, from its subject on ("..., as Russia pledged to ...").
import { countWords, wordTokens } from '../core/normalize.ts';
import { ALWAYS_CUT, type Cut, OPTIONAL_CUT, SPLIT_AT } from './summary-cuts.ts';

type Span = [start: number, end: number, keep: string];

/** Optional clauses tried per sentence; more would multiply the wordings past use. */
const MAX_OPTIONAL = 5;
/** Cuts keep at least a third of the sentence. */
const MIN_KEPT = 3;

export function compressSentence(text: string): string {
  let out = text;
  for (const cut of ALWAYS_CUT) out = remove(out, spansOf(out, cut));
  return finish(out, text);
}

/** The sentence (with the cuts every summary makes) and its wordings without any subset of optional clauses. */
export function compressions(text: string): string[] {
  return shorterWordings(text)
    .filter((w) => !w.tail)
    .map((w) => w.text);
}

/** The second clauses of the sentence that read alone, from their subject on. */
export function splitClauses(text: string): string[] {
  return shorterWordings(text)
    .filter((w) => w.tail)
    .map((w) => w.text);
}

/** Both of the above, the cuts every summary makes done once. */
export function shorterWordings(text: string): { text: string; tail: boolean }[] {
  const base = compressSentence(text);
  const spans = OPTIONAL_CUT.flatMap((cut) => spansOf(base, cut))
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
    .slice(0, MAX_OPTIONAL);
  const cuts = new Set([base]);
  const baseWords = countWords(base);
  for (let mask = 1; mask < 1 << spans.length; mask++) {
    const chosen = spans.filter((_, i) => mask & (1 << i)).sort((a, b) => a[0] - b[0]);
    // overlapping clauses ("..., as X, citing Y.") are tried one at a time, never together
    if (chosen.some((span, i) => i > 0 && span[0] < (chosen[i - 1] as Span)[1])) continue;
    const cut = finish(remove(base, chosen), text);
    // "He spoke to The Associated Press in Aleppo, where government forces ... are seeking to collapse an
    // opposition pocket": a cut that leaves a stub of the sentence takes its news with it
    if (countWords(cut) * MIN_KEPT >= baseWords) cuts.add(cut);
  }
  const tails = new Set(SPLIT_AT.flatMap((split) => spansOf(base, split).map(([, end]) => finish(base.slice(end), text))));
  const carried = carriedBy(text);
  return [...[...cuts].map((w) => ({ text: w, tail: false })), ...[...tails].map((w) => ({ text: w, tail: true }))].filter((w) => carried(w.text));
}

/** Whether every word of `short` stands in `long`, in the same order. */
export function keepsWordOrder(short: string, long: string): boolean {
  return carriedBy(long)(short);
}

function carriedBy(long: string): (short: string) => boolean {
  const source = wordTokens(long);
  return (short) => {
    let at = 0;
    for (const word of wordTokens(short)) {
      const found = source.indexOf(word, at);
      if (found < 0) return false;
      at = found + 1;
    }
    return true;
  };
}

/** Where a cut applies in `text`, outside quotations; a split point is where its match ends. */
function spansOf(text: string, cut: Cut): Span[] {
  const spans: Span[] = [];
  const pattern = globalOf(cut.pattern);
  let quoted: [number, number][] | null = null;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // a match that fails the test may hide one further on that passes: look again from the next character
    if (cut.where && !cut.where(text, start)) {
      pattern.lastIndex = start + 1;
      continue;
    }
    if (match[0].length === 0) pattern.lastIndex++;
    quoted ??= quotations(text);
    if (quoted.some(([from, to]) => start < to && end > from)) continue;
    spans.push([start, end, cut.keep ? cut.keep.replace('$1', match[1] ?? '') : '']);
    if (!cut.pattern.flags.includes('g')) break;
  }
  return spans;
}

const globals = new Map<RegExp, RegExp>();

/** The pattern with the g flag, for matchAll: made once per pattern. */
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}

/** The spans of “...” and "..." in the text. */
function quotations(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((match) => [match.index, match.index + match[0].length]);
}

function remove(text: string, spans: Span[]): string {
  let out = text;
  for (const [start, end, keep] of [...spans].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + keep + out.slice(end);
  return out;
}

function finish(out: string, original: string): string {
  if (out === original) return original;
  const tidy = out.replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}
