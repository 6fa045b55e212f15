// User words to FTS5 queries. Users type anything ("de Mistura's 'offer'", "AND", "*"); FTS5 syntax
// errors must not reach them, so every word is quoted. Stop words and question words are left out when
// there are other words: a plain question that falls through to search ("why did the convoy to Hodeidah
// stop") would otherwise rank every sentence with "the" or "to" in it, nearly all of a briefing (370 ms on
// a 10,000-article store, against 36 ms without them).
import { STOP_WORDS } from '../core/stop-words.ts';

const QUESTION_WORDS = new Set(['what', 'why', 'how', 'many', 'much', 'which']);

export interface FtsQuery {
  /** Every word: the sentences a user means first. */
  every: string;
  /**
   * All but one of the words, whichever one ("convoy Mosul stop": convoy and Mosul, convoy and stop, or
   * Mosul and stop), for three to MOST_WORDS words; else null. Still lists stepped through together.
   */
  most: string | null;
  /** Any of the words, ranked by bm25. */
  any: string;
}

/** Past this many words, leaving each out in turn makes too long a query: `most` is null. */
const MOST_WORDS = 6;

export function toFtsQuery(input: string): FtsQuery | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 32);
  if (words.length === 0) return null;
  // a lone letter is mostly what an apostrophe left: "what's" -> "what", "s"
  const telling = words.filter((word) => {
    const lower = word.toLowerCase();
    return !STOP_WORDS.has(lower) && !QUESTION_WORDS.has(lower) && !/^\p{L}$/u.test(word);
  });
  const quoted = (telling.length > 0 ? telling : words).map((word) => `"${word}"`);
  const most =
    quoted.length >= 3 && quoted.length <= MOST_WORDS
      ? quoted.map((_, left) => `(${quoted.filter((__, i) => i !== left).join(' AND ')})`).join(' OR ')
      : null;
  return { every: quoted.join(' AND '), most, any: quoted.join(' OR ') };
}
