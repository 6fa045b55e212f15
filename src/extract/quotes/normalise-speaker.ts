// The last word on a speaker's name: whatever rule found the speaker, the name given is the fullest NAME
// and nothing else.
//   "US District Judge Helen Marsh in San Francisco"       -> "Helen Marsh" (titles and a place dropped)
//   "Tide researcher Ana Ruiz of the University of Lisbon"  -> "Ana Ruiz"
//   "National Weather Service issued a warning for three"  -> "National Weather Service" (cut at a verb)
//   "Harbour Line itself"                                   -> "Harbour Line"
//   "She urged member", "said in a statement"               -> no name; the mention's own subject if it has one
// A name that IS the whole string stays whole: "Bank of England", "Food and Drug Administration".

import { AUXILIARIES, FUNCTION_WORDS, ORG_WORDS, PREPOSITIONS, PRONOUNS, REFLEXIVES, RELATIVE_PRONOUNS, SPEECH_VERBS } from './lexicon.ts';
import { isOrganisationName } from './name-kind.ts';
import { isNameToken, splitName } from './name-parts.ts';
import { joinTokens, tokenize, type Token } from './tokens.ts';

// a relative clause may also open with "that" or "where" after a speaker's name
const RELATIVES = new Set([...RELATIVE_PRONOUNS, 'that', 'where']);

/** `names` are the names the article gives (its people list); `mention` the words the speaker was found in. */
export function normaliseSpeaker(speaker: string | null, mention: string | null, names: ReadonlySet<string>): string | null {
  if (!speaker) return null;
  // "senior official (anonymous)", "Harbour Line (statement)": the tag in brackets is kept as it is
  const tag = /\s*\([^()]*\)$/.exec(speaker)?.[0] ?? '';
  const body = speaker.slice(0, speaker.length - tag.length).trim();
  if (names.has(body)) return speaker;
  const tokens = tokenize(body);
  if (opensBadly(tokens)) return subjectOf(mention);
  const kept = tokens.slice(0, tailStart(tokens));
  const name = personBeforePhrase(kept) ?? personAfterTitles(kept);
  const out = name ?? joinTokens(kept);
  if (!canName(out)) return null;
  return out === body ? speaker : out + tag;
}

/** "2022", "and": no speaker is named without a letter, nor by a function word alone ("the WHO" is an acronym). */
function canName(text: string): boolean {
  const words = tokenize(text);
  return /\p{L}/u.test(text) && !(words.length === 1 && FUNCTION_WORDS.has(words[0]?.key ?? '') && !/^\p{Lu}{2,}$/u.test(words[0]?.text ?? ''));
}

/** "She urged member", "said in a statement": a pronoun before a lower-case word, or a speech verb in
 *  lower case, is no name ("He Lifeng" and "Said Ahmed" are). */
function opensBadly(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (!first) return true;
  if (PRONOUNS.has(first.key) && (!second || /^\p{Ll}/u.test(second.text))) return true;
  return /^\p{Ll}/u.test(first.text) && (SPEECH_VERBS.has(first.key) || PREPOSITIONS.has(first.key));
}

/** `Myanmar's junta, which ..., said in a statement carried by`: the words before the first comma, when
 *  they make a subject. */
function subjectOf(mention: string | null): string | null {
  const head = mention?.split(',')[0]?.trim() ?? '';
  const tokens = tokenize(head);
  if (tokens.length === 0 || tokens.length > 6 || opensBadly(tokens) || tokens.some((t) => SPEECH_VERBS.has(t.key) && /^\p{Ll}/u.test(t.text))) return null;
  return joinTokens(tokens.filter((t, k) => k > 0 || !/^(the|a|an)$/.test(t.key)));
}

/** Where the words that follow the name start: a reflexive ("itself"), a relative pronoun, an auxiliary
 *  or speech verb in lower case, or a verb in the past right after a capitalised word ("Department issued"). */
function tailStart(tokens: readonly Token[]): number {
  const end = tokens.findIndex((t, k) => {
    if (k === 0) return false;
    if (REFLEXIVES.has(t.key) || /^[,;:]$/.test(t.text)) return true;
    if (!/^\p{Ll}/u.test(t.text)) return false;
    if (RELATIVES.has(t.key) || AUXILIARIES.has(t.key) || SPEECH_VERBS.has(t.key)) return true;
    return /^\p{Ll}+ed$/u.test(t.text) && isNameToken(tokens[k - 1] as Token);
  });
  return end < 0 ? tokens.length : end;
}

/** "Helen Marsh in San Francisco", "Ana Ruiz of the University of Lisbon": a personal name, then a
 *  preposition in lower case; "Bank of England" (an organisation word before "of") is one name. */
function personBeforePhrase(tokens: readonly Token[]): string | null {
  const at = tokens.findIndex((t, k) => k > 1 && PREPOSITIONS.has(t.key) && /^\p{Ll}/u.test(t.text) && isNameToken(tokens[k - 1] as Token));
  // "U.S. Centers for Disease Control and Prevention": "for" and a capital go on with a body's name
  if (at < 0 || (tokens[at]?.key === 'for' && /^\p{Lu}/u.test(tokens[at + 1]?.text ?? ''))) return null;
  const before = tokens.slice(0, at);
  if (ORG_WORDS.has(before.at(-1)?.key ?? '')) return null;
  const name = splitName(before).name;
  return name && isPersonalName(name) ? name : null;
}

/** "US District Judge Helen Marsh", "tide researcher Ana Ruiz" -> the name; kept whole when what is left
 *  is one word ("Mr Ruiz" stays) or an organisation; a pair ("Maria Fuentes and José Fuentes") stays. */
function personAfterTitles(tokens: readonly Token[]): string | null {
  // "Maria Fuentes and José Fuentes" are two speakers, not a role and a name
  if (tokens.length < 3 || tokens.some((t) => /^(and|or|&)$/.test(t.key))) return null;
  const name = splitName(tokens).name;
  return name && name !== joinTokens(tokens) && isPersonalName(name) ? name : null;
}

function isPersonalName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(de|da|di|du|van|von|der|den|al|el|bin|ibn|la|le)$/.test(w)) && !isOrganisationName(name);
}
