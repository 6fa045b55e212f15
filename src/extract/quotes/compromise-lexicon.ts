// What compromise knows about one word without parsing anything: its lexicon entry, whether any other
// of its word lists names it, whether it ends like a place ("-ville", "-sham"), and which of its tags
// `.places()` and `.organizations()` find. Each is a map lookup, where `nlp(text)` costs about a
// millisecond. All of it is read from compromise's own model, so it follows compromise's version.

import nlp from 'compromise';

type Table = Readonly<Record<string, unknown>>;
type TagSet = Readonly<Record<string, { parents?: readonly string[] }>>;

interface Model {
  one: { lexicon: Readonly<Record<string, string | readonly string[]>>; tagSet: TagSet; _multiCache: Readonly<Record<string, number>> } & Record<'frozenLex' | 'aliases', Table>;
  two: { suffixPatterns: readonly (Readonly<Record<string, string>> | null)[] } & Record<'switches' | 'orgWords' | 'placeWords', Table>;
}

interface Loaded {
  lexicon: Model['one']['lexicon'];
  frozen: Table;
  /** The first words of phrases listed as one, with the length of the longest. */
  phraseStarts: Model['one']['_multiCache'];
  /** The word lists other than the lexicon that tag a word by its spelling. */
  others: Table[];
  tagSet: TagSet;
  placeEndings: ReadonlySet<string>;
}

let loaded: Loaded | null = null;
const kinds = new Map<string, 'place' | 'organisation' | null>();

function load(): Loaded {
  if (loaded) return loaded;
  const { one, two } = nlp.model() as Model;
  const placeEndings = new Set<string>();
  for (const bySuffix of two.suffixPatterns) {
    for (const [suffix, tag] of Object.entries(bySuffix ?? {})) if (kindOf(one.tagSet, tag) === 'place') placeEndings.add(suffix);
  }
  loaded = { lexicon: one.lexicon, frozen: one.frozenLex, phraseStarts: one._multiCache, others: [one.frozenLex, one._multiCache, one.aliases, two.switches, two.orgWords, two.placeWords], tagSet: one.tagSet, placeEndings };
  return loaded;
}

/** "jenna" -> ["FemaleName"]; undefined for a word the lexicon does not list. */
export function lexiconTags(key: string): readonly string[] | undefined {
  const { lexicon } = load();
  if (!Object.hasOwn(lexicon, key)) return undefined;
  const entry = lexicon[key];
  return typeof entry === 'string' ? [entry] : entry;
}

/** "jordan" (a person or a place), "united" (of "united states"): a word some list other than the
 *  lexicon names, whose tags then hang on its neighbours. */
export function isListedElsewhere(key: string): boolean {
  return load().others.some((table) => Object.hasOwn(table, key));
}

/** "al jazeera", "de la cruz": a phrase that compromise lists as one, starting at `keys[i]`. */
export function startsPhrase(keys: readonly string[], i: number): boolean {
  const { lexicon, frozen, phraseStarts } = load();
  const key = keys[i] ?? '';
  const longest = Object.hasOwn(phraseStarts, key) ? (phraseStarts[key] ?? 0) : 0;
  for (let end = Math.min(keys.length, i + longest); end > i + 1; end--) {
    const phrase = keys.slice(i, end).join(' ');
    if (Object.hasOwn(lexicon, phrase) || Object.hasOwn(frozen, phrase)) return true;
  }
  return false;
}

/** "nottingham", "jabhat-al-sham": an ending of two to seven letters that compromise reads as a place. */
export function endsLikePlace(key: string): boolean {
  const { placeEndings } = load();
  for (let n = Math.min(7, key.length - 1); n > 1; n--) if (placeEndings.has(key.slice(-n))) return true;
  return false;
}

/** "City" -> "place", "SportsTeam" -> "organisation", "LastName" -> null: what `.places()` (#Place,
 *  #Address) or `.organizations()` (#Organization) would find a word with this tag as. */
export function placeKind(tag: string): 'place' | 'organisation' | null {
  let kind = kinds.get(tag);
  if (kind === undefined) {
    kind = kindOf(load().tagSet, tag);
    kinds.set(tag, kind);
  }
  return kind;
}

/** The kind of the tag or of a tag above it: "City" is a "Place". */
function kindOf(tagSet: TagSet, tag: string): 'place' | 'organisation' | null {
  const seen = new Set<string>();
  const stack = [tag];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    if (t === 'Place' || t === 'Address') return 'place';
    if (t === 'Organization') return 'organisation';
    for (const parent of tagSet[t]?.parents ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      stack.push(parent);
    }
  }
  return null;
}
