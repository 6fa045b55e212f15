// Is a speaker's name a person or an organisation? "Al Jazeera reported" and "Washington said" are not
// people, so a later "he said" must not point at them. Organisation words decide most names
// ("Syrian Arab Army"); a known given name makes a person ("Jenna Park", "Elena Marsh", where the
// surname alone reads as a place); compromise decides the rest. Its parse costs about a millisecond, so
// the name itself (two or three words) is parsed only when no word of it is a given name, once per
// distinct name, never the article.

import { boundedMemo } from '../../core/bounded-memo.ts';
import nlp from 'compromise';
import { endsLikePlace, isListedElsewhere, lexiconTags, placeKind, startsPhrase } from './compromise-lexicon.ts';
import { givenName } from './given-name.ts';
import { ORG_WORDS } from './lexicon.ts';
import { tokenize } from './tokens.ts';

// a briefing names a few thousand people and places; past this, forget and start again
const CACHE_SIZE = 20_000;

export const isOrganisationName: (name: string) => boolean = boundedMemo(
  CACHE_SIZE,
  (name) => tokenize(name).some((t) => ORG_WORDS.has(t.key)) || readsAsOrganisationOrPlace(name),
);

function readsAsOrganisationOrPlace(name: string): boolean {
  // "Forecaster Jenna Park": a sentence-initial word may precede the given name
  if (name.trim().split(/\s+/).slice(0, -1).some((word) => givenName(word).given)) return false;
  const known = withoutParse(name);
  if (known !== undefined) return known;
  const doc = nlp(name);
  return doc.organizations().found || doc.places().found;
}

/** compromise's answer read from its word lists, for shapes of name where that was checked against
 *  `nlp(name)` (see `test/extract/quotes/name-kind.test.ts`):
 *    - capitalised words each either unknown to it and not ending like a place, or listed only in its
 *      lexicon and only as a person's name, with particles between them that it lists as no phrase:
 *      "Lindqvist", "Souq Tataya", "Hanaa Petrov", "de Mistura", "Khan al-Lisuna" are never a place or
 *      an organisation (some 100,000 such names from its lexicon and the test and bench corpora);
 *    - one word listed only in its lexicon, not as an organisation: "Geneva", "Kowalski" are a place
 *      when its tags say so (every such word of the lexicon).
 *  Other names are parsed. */
function withoutParse(name: string): boolean | undefined {
  const words = termsOf(name);
  if (!words) return undefined;
  const keys = words.map((w) => w.key);
  if (words.every((w, i) => (w.particle ? !startsPhrase(keys, i) : isPlainPersonWord(w.key)))) return false;
  const [only] = words;
  const tags = words.length === 1 && only && !only.particle && !isListedElsewhere(only.key) ? lexiconTags(only.key) : undefined;
  if (!tags || tags.some((tag) => placeKind(tag) === 'organisation')) return undefined;
  return tags.some((tag) => placeKind(tag) === 'place');
}

// "de Mistura", "van der Berg", "Khan al-Lisuna", "Al-Moallem"
const PARTICLES = new Set(['de', 'del', 'der', 'di', 'da', 'du', 'van', 'von', 'bin', 'ibn', 'abu', 'ben', 'la', 'le', 'el', 'al']);
const WORD = /^(?:(al|el|Al|El)-)?([A-Z][a-z]+)$/;

/** The terms compromise reads a name as, lower case, or null for any shape but capitalised words,
 *  particles and "al-": "Khan al-Lisuna" -> khan, al (particle), lisuna. */
function termsOf(name: string): { key: string; particle: boolean }[] | null {
  const terms: { key: string; particle: boolean }[] = [];
  for (const [i, word] of name.split(' ').entries()) {
    const lower = word.toLowerCase();
    // a particle opens the name capitalised ("Van der Berg") and stands lower case inside it ("LA" is a place)
    if (PARTICLES.has(lower) && (word === lower || (i === 0 && word === lower.charAt(0).toUpperCase() + lower.slice(1)))) {
      terms.push({ key: lower, particle: true });
      continue;
    }
    const parts = WORD.exec(word);
    if (!parts?.[2]) return null;
    if (parts[1]) terms.push({ key: parts[1].toLowerCase(), particle: true });
    terms.push({ key: parts[2].toLowerCase(), particle: false });
  }
  return terms;
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

function isPlainPersonWord(key: string): boolean {
  if (isListedElsewhere(key)) return false;
  const tags = lexiconTags(key);
  return tags ? tags.every((tag) => PERSON_TAGS.has(tag)) : !endsLikePlace(key);
}
