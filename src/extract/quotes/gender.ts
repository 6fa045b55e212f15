// He or she: `"...," she said` must find the woman the article last named, not the man quoted just
// before her. A person's gender comes from, in this order:
//   a title or role word          "Mr Hale", "Sir Graham Lyle", "spokeswoman Sarah Kent"
//   the article's own pronouns    "Brenda Whitaker, 63, said she woke at 3 a.m." -> Whitaker is "she"
//   a lexicon of given names      "Jenna Park" -> compromise tags "Jenna" #FemaleName

import { boundedMemo } from '../../core/bounded-memo.ts';
import { givenName } from './given-name.ts';
import { FUNCTION_WORDS, PREPOSITIONS, SINGULAR_PERSON_PRONOUNS } from './lexicon.ts';
import { tokensOfName } from './name-key.ts';
import { isNameToken } from './name-parts.ts';
import { tokenize, type Token } from './tokens.ts';

export type Gender = 'm' | 'f';

/** Pronoun counts per surname, read from the article: "beshear" -> { m: 2, f: 0 }. */
export type GenderVotes = Map<string, { m: number; f: number }>;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/));
const MALE_WORDS = words('mr sir lord king prince duke baron spokesman chairman congressman councilman businessman father grandfather son brother husband uncle man boy');
const FEMALE_WORDS = words('mrs ms miss dame lady queen princess duchess baroness spokeswoman chairwoman congresswoman councilwoman businesswoman mother grandmother daughter sister wife aunt woman girl');
// a Map, so that a word like "constructor" in the text is no pronoun
const PRONOUN_GENDER = new Map<string, Gender>(Object.entries({ he: 'm', his: 'm', him: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' }));

const surname = (name: string): string => tokensOfName(name).at(-1) ?? '';
// every "he" or "she" asks again about each person named before it
const CACHE_SIZE = 20_000;

export function genderOf(name: string, roles: readonly string[], votes: GenderVotes): Gender | null {
  const byWord = genderOfWords([name, ...roles].join(' '));
  if (byWord) return byWord;
  const v = votes.get(surname(name));
  if (v && v.m !== v.f) return v.m > v.f ? 'm' : 'f';
  // "Forecaster Jenna Park": the first word that is a given name
  for (const word of tokensOfName(name).slice(0, -1)) {
    const g = genderOfFirstName(word);
    if (g) return g;
  }
  return null;
}

/** "spokeswoman", "Mr", "Sir" anywhere in a name or role. */
export const genderOfWords: (text: string) => Gender | null = boundedMemo(CACHE_SIZE, (text) => {
  const keys = tokenize(text).map((t) => t.key.replace(/\.$/, ''));
  return keys.some((k) => MALE_WORDS.has(k)) ? 'm' : keys.some((k) => FEMALE_WORDS.has(k)) ? 'f' : null;
});

function genderOfFirstName(first: string): Gender | null {
  if (first.length < 2) return null;
  return givenName(first.charAt(0).toUpperCase() + first.slice(1)).gender;
}

function lastNameToken(tokens: readonly Token[], from: number): string {
  let last = '';
  for (let k = from, t = tokens[k]; t && isNameToken(t); t = tokens[++k]) last = t.text;
  return last;
}

/** Adds the votes of one sentence: the first pronoun after a name, before any other name, speaks of
 *  that name: "Ruiz said she had considered starting Navarro" -> Ruiz "she". */
export function addGenderVotes(votes: GenderVotes, tokens: readonly Token[], names: readonly { name: string; at: number }[]): void {
  for (const person of names) {
    let k = tokens.findIndex((t) => t.start >= person.at);
    // "Asked about Kerr's remarks, she stood by the book": the pronoun is neither the possessor's nor
    // the object's of a preposition
    if (k < 0 || PREPOSITIONS.has(tokens[k - 1]?.key ?? '') || /['’]s$/.test(lastNameToken(tokens, k))) continue;
    for (let t = tokens[k]; t && isNameToken(t); t = tokens[k]) k++;
    // "Ruth Coleman, a schoolteacher who later became his manager": an apposition's "his" or "her" is
    // someone else's
    let apposition = tokens[k]?.text === ',';
    // "Jaylen Brooks, 16, a junior at Calloway High School, who said he": a name after a preposition is
    // where the person is from; the "he" of a "who" clause after it is still the person's
    let passedPlace = false;
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      if (t && isNameToken(t) && !FUNCTION_WORDS.has(t.key) && PREPOSITIONS.has(tokens[k - 1]?.key ?? '')) {
        while (tokens[k + 1] && isNameToken(tokens[k + 1] as Token)) k++;
        passedPlace = true;
        continue;
      }
      if (passedPlace && t && PRONOUN_GENDER.has(t.key) && !SINGULAR_PERSON_PRONOUNS.has(t.key)) continue;
      if (passedPlace && t && SINGULAR_PERSON_PRONOUNS.has(t.key) && !tokens.slice(0, k).some((w, i) => w.key === 'who' && tokens[i - 1]?.text === ',' && w.start > person.at)) break;
      if (!t || (isNameToken(t) && !FUNCTION_WORDS.has(t.key))) break;
      if (apposition && t.text === ',' && tokens[k - 1]?.text !== ',' && k > 0 && !isNameToken(tokens[k - 1] as Token)) apposition = false;
      const g = PRONOUN_GENDER.get(t.key);
      if (!g || (apposition && !SINGULAR_PERSON_PRONOUNS.has(t.key))) continue;
      addVote(votes, person.name, g);
      break;
    }
  }
}

export interface NamedSentence {
  tokens: readonly Token[];
  names: readonly { name: string; at: number }[];
}

/** A sentence that opens without naming anyone speaks of the one person the sentence before named:
 *  "Valdés said the bank's staff had raised ... . Asked whether the bank would pause in September, she
 *  declined" -> Valdés "she". A name after a preposition ("in September") is no subject. */
export function addCarriedVote(votes: GenderVotes, tokens: readonly Token[], names: readonly { name: string; at: number }[], previous: NamedSentence): void {
  // the one person named as the subject that opens the sentence before: not after a preposition, and
  // not a possessor ("Morrow's deputy, Raj Patel, struck a softer tone." speaks of Patel)
  const opening = previous.tokens.slice(0, 5);
  const held = previous.names.filter((p) => {
    const k = previous.tokens.findIndex((t) => t.start >= p.at);
    return !PREPOSITIONS.has(previous.tokens[k - 1]?.key ?? '') && !/['’]s?$/.test(lastNameToken(previous.tokens, k));
  });
  const [only, other] = held;
  if (!only || other || !opening.some((t) => t.start === only.at) || PREPOSITIONS.has(previous.tokens[0]?.key ?? '')) return;
  const k = tokens.findIndex((t) => SINGULAR_PERSON_PRONOUNS.has(t.key));
  const pronoun = tokens[k];
  if (!pronoun) return;
  if (names.some((p) => p.at < pronoun.start && !PREPOSITIONS.has(tokens[tokens.findIndex((t) => t.start >= p.at) - 1]?.key ?? ''))) return;
  addVote(votes, only.name, pronoun.key === 'he' ? 'm' : 'f');
}

/** One more "he" (or "she", "his", ...) for the person of this name, kept under the surname. */
function addVote(votes: GenderVotes, name: string, gender: 'm' | 'f'): void {
  const key = surname(name);
  const v = votes.get(key) ?? { m: 0, f: 0 };
  v[gender]++;
  votes.set(key, v);
}
