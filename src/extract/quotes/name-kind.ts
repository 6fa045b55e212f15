// Is a speaker's name a person or an organisation? "Al Jazeera reported" and "Washington said" are not
// people, so a later "he said" must not point at them. Organisation words decide most names
// ("Syrian Arab Army"); a known given name makes a person ("Jenna Park", "Elena Marsh", where the
// surname alone reads as a place); compromise's lexicon decides the rest. Only the name itself (two or three
// words) is parsed, once per distinct name, never the article.

import nlp from 'compromise';
import { ORG_WORDS } from './lexicon.ts';
import { tokenize } from './tokens.ts';

const seen = new Map<string, boolean>();

export function isOrganisationName(name: string): boolean {
  if (tokenize(name).some((t) => ORG_WORDS.has(t.key))) return true;
  let known = seen.get(name);
  if (known === undefined) {
    const doc = nlp(name);
    // "Forecaster Jenna Park": a sentence-initial word may precede the given name
    const givenName = name.trim().split(/\s+/).slice(0, -1).some((w) => {
      const word = nlp(w);
      return word.has('#FirstName') && !word.has('#Place');
    });
    known = !givenName && (doc.organizations().found || doc.places().found);
    seen.set(name, known);
  }
  return known;
}
