// Quotation marks that quote nobody: the title of a book, film or operation, and a label set in marks
// inside a noun phrase. Such spans are not quotations, whoever is named near them.
//   title: `Gov. Elena Marsh's new memoir, "The Long Way Home", has ...`   `code-named "Operation Clean Ledger"`
//   label: `She has looked at the council’s “rollback” scheme`
// Quoted words that speak stay quotations: `as an “easy alibi” for`, `warned of “life-threatening” flash flooding`.

import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './lexicon.ts';
import { tokenize } from './tokens.ts';

const MINOR = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'or', 'nor', 'but']);

/** `before` and `after` are the masked text on either side of the quote, in its sentence. */
export function isTitleOrLabel(text: string, before: string, after: string): boolean {
  return isTitle(text) || isLabel(text, before, after);
}

/** Every word capitalised but the small ones, and no stop at the end: "Behind the Walls". */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.,;:!?…]$/.test(text)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w)));
}

/** One or two lower-case words between a determiner or possessive and the noun they modify. */
function isLabel(text: string, before: string, after: string): boolean {
  if (text.split(/\s+/).length > 2 || !/^\p{Ll}/u.test(text) || /[.,;:!?…]$/.test(text)) return false;
  const prev = tokenize(before).at(-1);
  const next = /^\s*(\p{Ll}+)\b/u.exec(after)?.[1];
  if (!prev || !next || !(DETERMINERS.has(prev.key) || /['’]s$/.test(prev.text))) return false;
  return ![PREPOSITIONS, CLAUSE_OPENERS, AUXILIARIES, PRONOUNS].some((set) => set.has(next));
}
