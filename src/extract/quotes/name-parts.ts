// A proper name at the end of a noun phrase, with titles and roles split off:
//   "Army spokesman Brig. Gen. Samir Suleiman" -> name "Samir Suleiman", roles ["Army spokesman Brig. Gen."]
//   "US Secretary of State John Kerry"         -> name "John Kerry"
//   "Residents of eastern Aleppo"              -> no name (the capitalised word belongs to "of ...")

import { NAME_PARTICLES, ORG_WORDS, PREPOSITIONS, ROLE_NOUNS, TITLES } from './lexicon.ts';
import { isCapitalized, joinTokens, type Token } from './tokens.ts';

export interface NameParts {
  name: string | null;
  roles: string[];
}

const ARABIC_PREFIX = /^(?:al|el|ad|ash|as|ar|an|at|az)-\p{Lu}/u;

export function isNameToken(token: Token): boolean {
  // most tokens start with an ASCII letter: upper case is a name, lower case only with "al-"
  const first = token.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) return ARABIC_PREFIX.test(token.text);
  return (isCapitalized(token.text) && /\p{L}/u.test(token.text)) || ARABIC_PREFIX.test(token.text);
}

// a title with or without its full stop: "gen" and "gen." are both "Gen."
const TITLE_KEYS: ReadonlySet<string> = new Set([...TITLES, ...[...TITLES].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1))]);

export const isTitle = (token: Token): boolean =>
  TITLE_KEYS.has(token.key) || (token.key.includes('-') && token.key.split('-').some((part) => TITLES.has(part)));

export function splitName(head: readonly Token[]): NameParts {
  let i = head.length - 1;
  while (i >= 0) {
    const t = head[i];
    if (!t) break;
    const particle = NAME_PARTICLES.has(t.key) && i < head.length - 1;
    // "Japan’s Ministry of Defense", "Bank of England": "of" after an organisation word
    const ofOrg = /^(of|for)$/.test(t.key) && i < head.length - 1 && isNameToken(head[i - 1] as Token) && ORG_WORDS.has(head[i - 1]?.key ?? '');
    if (!isNameToken(t) && !particle && !ofOrg) break;
    i--;
  }
  let run = head.slice(i + 1);
  // a particle cannot end the run on the left unless it opens the name: "de Mistura told"
  const before = head.slice(0, i + 1).filter((t) => !/^(a|an|the)$/.test(t.key));
  while (run.length > 1 && run[0]?.key === 'the') run = run.slice(1);
  if (run.length === 0 || (run.length === 1 && run[0]?.key === 'the')) return { name: null, roles: [] };
  // "Residents described ...", "Police said ...": a common noun capitalised at the start of a sentence
  if (run.length === 1 && (ROLE_NOUNS.has(run[0]?.key ?? '') || ORG_WORDS.has(run[0]?.key ?? ''))) return { name: null, roles: [] };
  const last = before[before.length - 1];
  // "Leader of the Opposition in the Legislative Assembly Mr Basavaraj Nadig": a title inside the run
  // starts the name, whatever came before it
  const titled = run.slice(0, -1).some((t) => isTitle(t) && /^\p{Lu}/u.test(t.text));
  if (!titled && last && PREPOSITIONS.has(last.key)) {
    // "Secretary of State John Kerry": the first capitalised word finishes the title
    if (last.key !== 'of' || run.length < 3 || !before.some(isTitle)) return { name: null, roles: [] };
    run = run.slice(1);
  } else if (!titled && before.some((t) => PREPOSITIONS.has(t.key)) && !before.some(isTitle)) {
    return { name: null, roles: [] };
  }
  let lastTitle = -1;
  run.forEach((t, k) => {
    if (isTitle(t)) lastTitle = k;
  });
  const nameTokens = run.slice(lastTitle + 1);
  if (nameTokens.length === 0 || nameTokens.every((t) => NAME_PARTICLES.has(t.key))) return { name: null, roles: [] };
  const roleTokens = [...before, ...run.slice(0, lastTitle + 1)];
  // "... David Kerr." at the end of a sentence: the full stop is not part of the name ("Jr." keeps its own)
  const name = trimName(joinTokens(nameTokens));
  return { name, roles: roleTokens.length > 0 ? [joinTokens(roleTokens)] : [] };
}

/** "David Kerr." -> "David Kerr"; "Assad’s" -> "Assad"; "Jr." stays. */
function trimName(name: string): string {
  const possessive = name.endsWith('s') ? name.replace(/['’]s$/, '') : name;
  return possessive.endsWith('.') ? possessive.replace(/(?<=\p{Ll}{2})\.$/u, '') : possessive;
}
