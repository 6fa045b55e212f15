// What one wire story is about: a place, the parties, the people who speak in it, the day.
import type { Random } from './random.ts';
import { BACKERS, CAPITALS, CLAIMANTS, DAYS, DISTRICTS, FEMALE_NAMES, FIGHTERS, FORCES, MALE_NAMES, PLACES, ROLES, SURNAMES, WIRE_AGENCIES } from './vocabulary.ts';

export interface Person {
  first: string;
  last: string;
  male: boolean;
  role: (typeof ROLES)[number];
}

export interface Scene {
  place: string;
  district: string;
  capital: string;
  fighters: string;
  forces: string;
  backer: string;
  day: string;
  claimant: string;
  agency: string;
  /** A place only this story names ("Kafr Hamra"), shared by its copies. */
  village: string;
  speakers: Person[];
}

const PREFIXES = ['Kafr', 'Tal', 'Deir', 'Ain', 'Bab', 'Jisr', 'Khan', 'Ras', 'Beit', 'Maarat', 'Hayy', 'Souq'];
const SYLLABLES = ['ha', 'la', 'ra', 'mi', 'sha', 'na', 'bi', 'ba', 'da', 'ya', 'qa', 'zi', 'ru', 'ma', 'su', 'ta', 'jo', 'ka', 'li', 'wa'];

export function villageName(r: Random): string {
  const root = Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES)).join('');
  return `${r.pick(PREFIXES)}${r.chance(0.5) ? ' al-' : ' '}${root.charAt(0).toUpperCase()}${root.slice(1)}`;
}

/** The people who speak across the corpus: a fixed cast, so the same speakers recur across stories. */
export function createCast(r: Random, size: number): Person[] {
  const cast: Person[] = [];
  const seen = new Set<string>();
  while (cast.length < size) {
    const male = r.chance(0.6);
    const first = r.pick(male ? MALE_NAMES : FEMALE_NAMES);
    const last = r.pick(SURNAMES);
    if (seen.has(`${first} ${last}`)) continue;
    seen.add(`${first} ${last}`);
    cast.push({ first, last, male, role: r.pick(ROLES) });
  }
  return cast;
}

export function createScene(r: Random, cast: Person[]): Scene {
  const speakers = new Set<Person>();
  const wanted = r.int(2, 4);
  while (speakers.size < wanted) speakers.add(r.pick(cast));
  return {
    place: r.pick(PLACES),
    district: r.pick(DISTRICTS),
    capital: r.pick(CAPITALS),
    fighters: r.pick(FIGHTERS),
    forces: r.pick(FORCES),
    backer: r.pick(BACKERS),
    day: r.pick(DAYS),
    claimant: r.pick(CLAIMANTS),
    agency: r.pick(WIRE_AGENCIES),
    village: villageName(r),
    speakers: [...speakers],
  };
}
