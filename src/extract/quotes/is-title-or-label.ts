// Quotation marks that quote nobody: the title of a book, film or operation, and a label set in marks
// inside a noun phrase. Such spans are not quotations, whoever is named near them.
//   title: `Gov. Elena Marsh's new memoir, "The Long Way Home", has ...`   `code-named "Operation Clean Ledger"`
//   label: `She has looked at the council’s “rollback” scheme`
//   name:  `the so-called "red mirage,"`, `Dengue, sometimes called "breakbone fever" for ...`
// Quoted words that speak stay quotations: `as an “easy alibi” for`, `warned of “life-threatening” flash flooding`.

import { AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, PRONOUNS, SPEECH_VERBS } from './lexicon.ts';
import { tokenize, type Token } from './tokens.ts';

const MINOR = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'or', 'nor', 'but']);

/** `before` and `after` are the masked text on either side of the quote, in its paragraph, and
 *  `beforeTokens` the tokens of `before`. */
export function isTitleOrLabel(text: string, before: string, after: string, beforeTokens: readonly Token[]): boolean {
  return isTitle(text) || isTitleBeforeComma(text, beforeTokens, after) || isLabel(text, before, after) || isDeniedWord(text, beforeTokens) || isNamingTerm(text, beforeTokens, after);
}

const NAMING_VERBS = /^(called|dubbed|named|nicknamed|termed|labelled|labeled|branded|styled)$/;
const PASSIVE_BEFORE = /^(sometimes|also|often|commonly|widely|popularly|locally|now|once|formerly|usually|is|was|are|were|be|been|being|,)$/;

/** A few words given as the name of a thing, which nobody is said to have said:
 *    `the so-called "red mirage,"`   `also known as "the Dome"`   `Dengue, sometimes called "breakbone fever" for`
 *  An agent makes them speech again (`has been branded "reckless" by critics`), and so does a subject
 *  (`called it "a disgrace"`, `what he calls "common-sense conservatism"`). */
function isNamingTerm(text: string, beforeTokens: readonly Token[], after: string): boolean {
  if (text.split(/\s+/).length > 4) return false;
  // "pharmacy deserts." ends its sentence and is still a term
  if (/[.!?…]$/.test(text) && beforeTokens.at(-3)?.key !== 'what') return false;
  // padded: `The so-called "right-sizing" plan` has only two words before the mark
  const [third, second, last] = ['', '', '', ...beforeTokens.slice(-3).map((t) => t.key)].slice(-3);
  if (last === 'so-called') return true;
  // `the law's definition of "social media platform,"`, `the term "dzud"`: a term named, not said
  if ((last === 'of' && second === 'definition') || (/^(term|word|words|phrase|expression)$/.test(last ?? '') && /^(the|a)$/.test(second ?? ''))) return true;
  // `what researchers call "pharmacy deserts."`: a term people in general use ("what he calls" quotes him)
  if (third === 'what' && /^(call|term|dub|describe)$/.test(last ?? '') && /^\p{Ll}+s$/u.test(beforeTokens.at(-2)?.text ?? '')) return true;
  if (last === 'as' && (second === 'known' || (second === 'to' && third === 'referred'))) return true;
  return !!last && NAMING_VERBS.test(last) && PASSIVE_BEFORE.test(second ?? '') && !/^\s*by\b/.test(after);
}

/** A title, a name or a code with the comma of the sentence inside the closing mark (US style), in the
 *  middle of the reporter's own sentence and with no speech verb on either side:
 *    `his best-known song, "Harbour Lights," a waltz`, `a ferry known locally as "the Old Lady,"`,
 *    `the ship "Coral Star 3," which`, `a scale called the "UPDRS-III," over 40 weeks`
 *  `"Never," she said` and `he replied, "Not Today,"` stay quotations. */
function isTitleBeforeComma(text: string, beforeTokens: readonly Token[], after: string): boolean {
  if (!text.endsWith(',')) return false;
  const words = text.slice(0, -1).trim().split(/\s+/);
  const last = beforeTokens.at(-1);
  const word = beforeTokens.findLast((t) => t.text !== ',');
  const titled = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w)) || (i === 0 && words.length > 1 && /^(the|a|an)$/.test(w)));
  if (words.length > 6 || !last || !word || !titled || /^[:;]$/.test(last.text)) return false;
  // `titled "Guarding the Gate,"`, `have called "the Fortress,"`: a naming word right before the mark
  if (last === word && (NAMING_VERBS.test(last.key) || /^(titled|entitled|as|the|a|an)$/.test(last.key))) return true;
  if (SPEECH_VERBS.has(word.key)) return false;
  // `her 2011 album, "Harbour Lights,"`: set off by a comma after a noun
  // (`Asked if she would run, "Absolutely," she said`: one word, speech)
  if (last.text === ',' && words.length > 1 && /^\p{Ll}/u.test(word.text) && !AUXILIARIES.has(word.key)) return true;
  // `"Not Today," the mayor said`: a speech verb in the next few words makes it speech
  return !tokenize(after.slice(0, 60)).slice(0, 5).some((t) => SPEECH_VERBS.has(t.key) || PRONOUNS.has(t.key));
}

/** Every word capitalised but the small ones, and no stop at the end: "Behind the Walls". */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || /[.,;:!?…]$/.test(text)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w)));
}

/** Lower-case words set in marks as a label or an ironic degree, never as speech:
 *    `the council’s “rollback” scheme`, `the "return to office" mandates keep coming` (before a noun)
 *    `And a "family" is something you are told ...` (a word named, with no speech verb before it)
 *    `how "psychologically safe" her workplace is` (irony after "how") */
function isLabel(text: string, before: string, after: string): boolean {
  const size = text.split(/\s+/).length;
  if (size > 4 || !/^\p{Ll}/u.test(text) || /[.,;:!?…]$/.test(text)) return false;
  const tokens = tokenize(before.slice(before.search(/[.!?][^.!?]*$/) + 1));
  // `describes the investigation as a "political witch hunt" designed to`: a speech verb makes it speech
  const spoken = tokens.some((t) => SPEECH_VERBS.has(t.key));
  const prev = tokens.at(-1);
  const next = /^\s*(\p{Ll}+)\b/u.exec(after)?.[1];
  if (!prev || !next) return false;
  if (prev.key === 'how' && (DETERMINERS.has(next) || PRONOUNS.has(next))) return true;
  if (!(DETERMINERS.has(prev.key) || /['’]s$/.test(prev.text))) return false;
  if (size === 1 && AUXILIARIES.has(next) && !spoken) return true;
  if (size > 2 && spoken) return false;
  return ![PREPOSITIONS, CLAUSE_OPENERS, AUXILIARIES, PRONOUNS].some((set) => set.has(next));
}

/** `never once called it "grinding"`, `did not call it a "crisis"`: a few words someone is said NOT to
 *  have used are the writer's, not a quotation. */
export function isDeniedWord(text: string, beforeTokens: readonly Token[]): boolean {
  if (text.split(/\s+/).length > 3 || !/^\p{Ll}/u.test(text)) return false;
  const tokens = beforeTokens.slice(-6);
  const verb = tokens.findLastIndex((t) => SPEECH_VERBS.has(t.key));
  if (verb < 0 || tokens.length - verb > 3) return false;
  return tokens.slice(Math.max(0, verb - 3), verb).some((t) => /^(never|not|n't|nobody|no|neither|nor)$/.test(t.key) || /n['’]t$/.test(t.key));
}
