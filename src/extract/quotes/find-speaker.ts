// Look a speaker up by any of their names, the way a user types it in Slack:
//   "de Mistura", "DE MISTURA", "Mistura", "UN envoy" -> Staffan de Mistura
//   "de mistra" -> Staffan de Mistura, found by a typo-tolerant match ("did you mean ...")
//   "Putin"     -> nothing; suggestions (if any are close) and the list of known speakers

import { similarity, similarityBound } from './fuzzy.ts';
import { nameKey } from './name-key.ts';
import { coreTokens, type Speaker, type SpeakerIndex } from './resolve-speakers.ts';

export type SpeakerLookup =
  | { found: Speaker; via: 'name' | 'alias' | 'fuzzy'; suggestions: string[] }
  | { found: null; suggestions: string[]; known: string[] };

const FUZZY_MATCH = 0.75;
const FUZZY_SUGGEST = 0.5;

interface SpeakerKeys {
  speaker: Speaker;
  name: string;
  aliases: string[];
  core: string[];
  forms: string[];
}

/** Each speaker's names as lookups compare them, worked out once per index. */
const keysOf = new WeakMap<SpeakerIndex, { known: string[]; speakers: SpeakerKeys[] }>();

function speakerKeys(index: SpeakerIndex): { known: string[]; speakers: SpeakerKeys[] } {
  let keys = keysOf.get(index);
  if (!keys) {
    keys = {
      known: index.speakers.map((s) => s.name).sort((a, b) => a.localeCompare(b)),
      speakers: index.speakers.map((speaker) => ({
        speaker,
        name: nameKey(speaker.name),
        aliases: speaker.aliases.map(nameKey),
        core: coreTokens(speaker.name),
        forms: forms(speaker),
      })),
    };
    keysOf.set(index, keys);
  }
  return keys;
}

export function findSpeaker(index: SpeakerIndex, query: string): SpeakerLookup {
  const q = nameKey(query).replace(/^(the|a|an) /, '');
  const { known, speakers } = speakerKeys(index);
  if (!q) return { found: null, suggestions: [], known };
  const byName = speakers.find((s) => s.name === q)?.speaker;
  if (byName) return { found: byName, via: 'name', suggestions: [] };
  const byAlias = speakers.filter((s) => s.aliases.some((a) => a === q || containsRun(a, q)) || endsWithTokens(s.core, q)).map((s) => s.speaker);
  if (byAlias.length === 1 && byAlias[0]) return { found: byAlias[0], via: 'alias', suggestions: [] };
  // a form too much longer or shorter than the query to be suggested scores 0 without its edit distance
  const score = (form: string) => (similarityBound(q.length, form.length) < FUZZY_SUGGEST ? 0 : similarity(q, form));
  const scored = speakers
    .map((s) => ({ s: s.speaker, score: Math.max(...s.forms.map(score)) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const second = scored[1];
  const suggestions = scored.filter((x) => x.score >= FUZZY_SUGGEST).slice(0, 3).map((x) => x.s.name);
  if (byAlias.length > 1) return { found: null, suggestions: byAlias.map((s) => s.name), known };
  if (best && best.score >= FUZZY_MATCH && (!second || best.score - second.score >= 0.1)) {
    return { found: best.s, via: 'fuzzy', suggestions };
  }
  return { found: null, suggestions, known };
}

/** "U.N. Special Envoy" inside the alias "U.N. Special Envoy for Syria" (both as nameKey gives them). */
function containsRun(alias: string, q: string): boolean {
  const words = q.split(' ');
  if (words.length < 2) return false;
  return ` ${alias} `.includes(` ${q} `);
}

/** "mistura" ends "Staffan de Mistura" (its coreTokens), particles aside. */
function endsWithTokens(long: readonly string[], q: string): boolean {
  const short = q.split(' ').filter((t) => long.includes(t) || !/^(de|al|van|von|bin|el|la|le|di|da|du)$/.test(t));
  return short.length > 0 && short.length < long.length && short.every((t, k) => long[long.length - short.length + k] === t);
}

/** The name, aliases and their endings: "staffan de mistura", "de mistura", "mistura". */
function forms(s: Speaker): string[] {
  const out = new Set<string>();
  for (const text of [s.name, ...s.aliases]) {
    const words = nameKey(text).split(' ').filter(Boolean);
    for (let k = 0; k < words.length; k++) out.add(words.slice(k).join(' '));
  }
  return [...out];
}
