// Where a sentence ends: at . ! ? (and any closing quotes) before white space and a capital, unless the
// period closes an abbreviation ("Brig. Gen. Samir Suleiman", "Oct. 19") or an initialism inside a name
// ("the U.N. Syria envoy").
import { ABBREVIATIONS } from '../core/abbreviations.ts';

// After an initialism, only a word that usually opens a sentence starts a new one:
// "backed by the U.S. The army said" splits, "the U.N. Syria envoy" does not.
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i you his her its their our this that these those there here but and yet so ' +
    'in on at for after before when while if as however meanwhile earlier later some many most one no')
    .split(' '),
);

/**
 * `before` ends with the mark (". ! ?", without the closing quotes), `after` is the text after the white space.
 */
export function isSentenceBoundary(before: string, after: string): boolean {
  // "... he said." + "they" would be a sentence starting lower case: not a boundary
  if (!/^["'“‘([]?[\p{Lu}\d]/u.test(after)) return false;
  if (!before.endsWith('.')) return true;
  const word = /([\p{L}.]+)\.$/u.exec(before.slice(-24))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "John F. Kennedy": a lone capital is an initial
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^["'“‘(]?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}
