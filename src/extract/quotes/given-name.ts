// Is one word a given name, and a man's or a woman's? compromise knows ("Jenna" #FemaleName, "Washington"
// a place), but `nlp(word)` costs about a millisecond. For a plain capitalised word ("Jenna", "Souq")
// its answer comes from its lexicon alone: a word listed as FemaleName, MaleName or FirstName is a given
// name and no other word is. That was checked against `nlp(word)` for every word of compromise's lexicon
// and of the test and bench corpora, so the lexicon is read directly; any other word ("André",
// "Jean-Paul", "K.", "WHAT") is still parsed, once.

import { boundedMemo } from '../../core/bounded-memo.ts';
import nlp from 'compromise';
import { lexiconTags } from './compromise-lexicon.ts';
import type { Gender } from './gender.ts';

export interface GivenName {
  /** compromise tags the word #FirstName and not #Place. */
  given: boolean;
  /** #FemaleName -> "f", else #MaleName -> "m". */
  gender: Gender | null;
}

const PLAIN = /^[A-Z][a-z]+$/;
const NOT_GIVEN: GivenName = { given: false, gender: null };
const CACHE_SIZE = 20_000;

/** `word` as it would be handed to `nlp(word)`: "Jenna", not "jenna". */
export function givenName(word: string): GivenName {
  return PLAIN.test(word) ? fromLexicon(word.toLowerCase()) : fromParse(word);
}

function fromLexicon(key: string): GivenName {
  const tags = lexiconTags(key);
  if (!tags) return NOT_GIVEN;
  const gender = tags.includes('FemaleName') ? 'f' : tags.includes('MaleName') ? 'm' : null;
  return { given: gender !== null || tags.includes('FirstName'), gender };
}

const fromParse = boundedMemo(CACHE_SIZE, (word): GivenName => {
  const doc = nlp(word);
  return { given: doc.has('#FirstName') && !doc.has('#Place'), gender: doc.has('#FemaleName') ? 'f' : doc.has('#MaleName') ? 'm' : null };
});
