// Step 2: pair quotation marks inside one paragraph. In body text only double marks open a quotation:
// single marks are apostrophes far more often ("Assad’s", "rebels’") and nest inside double ones
// ("Our response ...: ‘we cannot leave our city ...’,"), where they stay part of the outer quote.
// British headlines quote with single marks (`Rent reforms 'a betrayal of tenants', says Labour`), so a
// headline without double marks is read again for single ones.

import type { RawQuote } from './types.ts';

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']); // “ „ «
const CLOSERS = new Set(['\u201d', '\u00bb']); // ” »
const STRAIGHT = '"';
// the only characters each role function reads as a mark, so the scan can jump from one to the next
const DOUBLE_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE_MARKS = /['\u2018\u2019]/g;

/** Finds every double-quoted span; a quote left open runs to the end of the paragraph:
 *  `"It’s unclear ...," the U.S. official said. "There is only so much they can endure.` */
export function findQuoteMarks(source: string, options: { single?: boolean } = {}): RawQuote[] {
  const double = pairMarks(source, DOUBLE_MARKS, markRole);
  return double.length === 0 && options.single ? pairMarks(source, SINGLE_MARKS, singleMarkRole).filter((q) => q.closed) : double;
}

type MarkRole = (source: string, i: number, ch: string) => 'open' | 'close' | 'either' | null;

function pairMarks(source: string, marks: RegExp, roleOf: MarkRole): RawQuote[] {
  const quotes: RawQuote[] = [];
  let open: number | null = null;
  const finish = (at: number, end: number, closed: boolean): void => {
    if (open === null) return;
    const span = trimSpan(source, open + 1, at);
    if (span) quotes.push({ open, innerStart: span[0], innerEnd: span[1], end, closed });
    open = null;
  };
  for (const mark of source.matchAll(marks)) {
    const i = mark.index;
    const role = roleOf(source, i, mark[0]);
    if (role === null) continue;
    if (open === null) {
      if (role !== 'close') open = i;
    } else if (role === 'open') {
      // a new opening mark while one is open: the earlier quote was never closed
      finish(i, i, false);
      open = i;
    } else {
      finish(i, i + 1, true);
    }
  }
  finish(source.length, source.length, false);
  return quotes;
}

/** "open" or "close" when the mark's shape says so, "either" for a straight mark that could be both. */
function markRole(source: string, i: number, ch: string): 'open' | 'close' | 'either' | null {
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) {
    // some sites print ” for both marks: ` ”Aleppo is ...` opens
    return isSpaceBefore(source, i) && /[\p{L}\p{N}]/u.test(source[i + 1] ?? '') ? 'either' : 'close';
  }
  if (ch !== STRAIGHT) return null;
  const before = isSpaceBefore(source, i);
  const after = /[\s.,;:!?)\]-]/.test(source[i + 1] ?? ' ');
  if (before && !after) return 'open';
  if (!before && after) return 'close';
  return 'either';
}

/** `'a betrayal of tenants', says` and `‘mopping up’`: a single mark opens after a space and before a
 *  letter, and closes after a letter or stop and before a space or stop; "Renters' Reform", "England's"
 *  and "’90s" are apostrophes, and a closer before a letter is never one. */
function singleMarkRole(source: string, i: number, ch: string): 'open' | 'close' | null {
  if (ch !== "'" && ch !== '\u2018' && ch !== '\u2019') return null;
  const next = source[i + 1] ?? ' ';
  if (isSpaceBefore(source, i) && /[\p{L}\p{N}]/u.test(next) && ch !== '\u2019') return 'open';
  if (!isSpaceBefore(source, i) && /[\s.,;:!?)\]\u2014\u2013-]/.test(next) && ch !== '\u2018') return 'close';
  return null;
}

function isSpaceBefore(source: string, i: number): boolean {
  return i === 0 || /[\s([{\u2014\u2013-]/.test(source[i - 1] ?? ' ');
}

function trimSpan(source: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(source[s] ?? '')) s++;
  while (e > s && /\s/.test(source[e - 1] ?? '')) e--;
  return e > s ? [s, e] : null;
}
