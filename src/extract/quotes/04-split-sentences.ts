// Step 4: sentence bounds in a masked paragraph. A full stop ends a sentence unless it closes an
// abbreviation ("Brig. Gen. Samir Suleiman", "the U.S. official", "Oct. 19"); a quote that ends with a
// full stop ends its sentence too:
//   `... said he would "continue ... no other option." He said that he wanted ...` -> two sentences
//   `"... Under the mattress?" Mr Rigg said.`                                    -> one

import { ABBREVIATIONS, SPEECH_VERBS } from './lexicon.ts';
import type { RawQuote } from './types.ts';
import type { Span } from '../../core/article.ts';

export function splitSentences(source: string, masked: string, quotes: readonly RawQuote[]): Span[] {
  const ends = new Set<number>();
  const punct = /[.!?]+["'\u201d\u2019)]*(?=\s+\S)/g;
  for (const m of masked.matchAll(punct)) {
    const at = (m.index ?? 0) + m[0].length;
    if (!isAbbreviation(masked, m.index ?? 0)) ends.add(at);
  }
  for (const q of quotes) {
    const last = source.slice(q.innerStart, q.innerEnd).trimEnd().slice(-1);
    if (q.closed && /[.!?]/.test(last) && /^\s+[\p{Lu}"\u201c]/u.test(masked.slice(q.end, q.end + 3)) && !(last !== '.' && namesSpeaker(masked.slice(q.end, q.end + 80)))) ends.add(q.end);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < masked.length) spans.push({ start, end: masked.length });
  return spans;
}

/** `"... Under the mattress?" Mr Rigg said.`: a question or a cry, then a name and its speech verb, is
 *  one sentence with its attribution. */
function namesSpeaker(after: string): boolean {
  const words = after.trim().split(/\s+/).slice(0, 6);
  const verb = words.findIndex((w) => SPEECH_VERBS.has(w.replace(/[,.;:]+$/, '')));
  return verb > 0 && words.slice(0, verb).every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return true; // "U.S", "U.N", single initials "J"
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''));
}
