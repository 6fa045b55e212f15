import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { givenName } from '../../../src/extract/quotes/given-name.ts';
import { ORG_WORDS } from '../../../src/extract/quotes/lexicon.ts';
import { isOrganisationName } from '../../../src/extract/quotes/name-kind.ts';
import { tokenize } from '../../../src/extract/quotes/tokens.ts';

// what isOrganisationName means: an organisation word, or no given name and compromise's parse of the
// name finds an organisation or a place; the word lists it reads instead must give the same answer
const byParse = (name: string): boolean => {
  if (tokenize(name).some((t) => ORG_WORDS.has(t.key))) return true;
  const given = name.trim().split(/\s+/).slice(0, -1).some((w) => {
    const word = nlp(w);
    return word.has('#FirstName') && !word.has('#Place');
  });
  const doc = nlp(name);
  return !given && (doc.organizations().found || doc.places().found);
};

const lexicon = Object.keys((nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon).filter((k) => /^[a-z]{3,}$/.test(k));
const capitalised = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

describe('isOrganisationName', () => {
  const cases: [string, boolean][] = [
    ['Syrian Arab Army', true],
    ['Al Jazeera', true],
    ['Washington', true],
    ['Aleppo', true],
    ['Geneva', true],
    ['Red Cross', true],
    ['Jenna Park', false],
    ['Forecaster Jenna Park', false],
    ['Elena Marsh', false],
    ['Zakaria Malahifji', false],
    ['Staffan de Mistura', false],
    ['Kowalski', false],
    ['Lindqvist', false],
    ['Souq Tataya', false],
    ['Hanaa Petrov', false],
    ['Van der Berg', false],
    ['Khan al-Lisuna', false],
    ['El Salvador', true],
    ['LA', true],
    ['Yaqami al Jazeera', true],
  ];
  it.each(cases)('%s -> %s', (name, expected) => {
    expect(isOrganisationName(name)).toBe(expected);
  });

  it('agrees with compromise for words of its lexicon, names it has never heard of and names with particles', () => {
    const sample = lexicon.filter((_, i) => i % 97 === 0).map(capitalised);
    const unheard = ['Tataya', 'Malahifji', 'Lindqvist', 'Kawazi', 'Liraka', 'Ziharu'];
    const particles = ['de', 'van der', 'al', 'la', 'abu', 'el'];
    const names = [
      ...sample,
      ...sample.slice(0, 40).map((w, i) => `${unheard[i % unheard.length]} ${w}`),
      ...unheard.map((w) => `Souq ${w}`),
      ...unheard.flatMap((w, i) => [`${w} ${particles[i % particles.length]} ${sample[i]}`, `Khan al-${w}`, `Al-${w}`]),
      ...['la Paz', 'El Salvador', 'de la Cruz', 'Abu Dhabi', 'Ben Salah', 'van den Berg', 'al Qaeda', 'LA', 'DE Mistura', 'AL-Bashir'],
    ];
    expect(names.filter((name) => isOrganisationName(name) !== byParse(name))).toEqual([]);
  });
});

describe('givenName', () => {
  const cases: [string, boolean, 'f' | 'm' | null][] = [
    ['Jenna', true, 'f'],
    ['Zakaria', true, 'm'],
    ['Mark', true, null],
    ['André', true, 'm'],
    ['Jean-Paul', true, 'm'],
    ['Washington', false, null],
    ['Jordan', false, null],
    ['Forecaster', false, null],
    ['Souq', false, null],
  ];
  it.each(cases)('%s', (word, given, gender) => {
    expect(givenName(word)).toEqual({ given, gender });
  });

  it('agrees with compromise for words of its lexicon', () => {
    const words = lexicon.filter((_, i) => i % 61 === 0).map(capitalised);
    const byParseOf = (word: string) => {
      const doc = nlp(word);
      return { given: doc.has('#FirstName') && !doc.has('#Place'), gender: doc.has('#FemaleName') ? 'f' : doc.has('#MaleName') ? 'm' : null };
    };
    expect(words.filter((w) => JSON.stringify(givenName(w)) !== JSON.stringify(byParseOf(w)))).toEqual([]);
  });
});
