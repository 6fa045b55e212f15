// Step 7: the people an article names, with the roles it gives them, so that a short name or a role
// noun can be traced to a full name:
//   "UN envoy Staffan de Mistura has said ..."            -> Staffan de Mistura [UN envoy]
//   "The U.N. Special Envoy for Syria, Staffan de Mistura" -> Staffan de Mistura [U.N. Special Envoy for Syria]
//   "Zakaria Malahifji, a Turkey-based official for ..."   -> Zakaria Malahifji [Turkey-based official for ...]

import { ABBREVIATIONS, CALENDAR_WORDS, CLAUSE_OPENERS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS } from './lexicon.ts';
import { lexiconTags } from './compromise-lexicon.ts';
import { isNameToken, isTitle, splitName } from './name-parts.ts';
import { joinTokens, type Token } from './tokens.ts';

/** A name and the roles given it. Whether it is an organisation ("Al Jazeera") is asked of
 *  `isOrganisationName` only where that matters: it can cost a compromise parse, and most names in an
 *  article never need the answer. */
export interface Person {
  name: string;
  roles: string[];
  /** Offset in the article text of the first mention. */
  at: number;
}

const ROLE_CONTEXT = /^(?:[\p{L}.'’-]+)$/u;
const ROLE_MODIFIERS = /^(senior|former|deputy|top|chief|acting|foreign|defence|defense|interior|opposition|army|military|state|special)$/;

/** `tokens` are those of one masked paragraph, which starts at `offset`. */
export function findPeople(tokens: readonly Token[], offset: number, text = ''): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Then Peter Novak rose": a capitalised word that only opens the sentence does not hide the name
    const prev = tokens[i - 1];
    const opensBefore = !!prev && FUNCTION_WORDS.has(prev.key) && !isTitle(prev) && (i === 1 || endsSentence(tokens[i - 2] as Token));
    if (!isNameToken(tokens[i] as Token) || (prev && isNameToken(prev) && !endsSentence(prev) && !opensBefore)) continue;
    // "Neither Assad nor ...", "However, rebels": a capital that only opens the sentence
    // ("Ms Fairweather" is a name: the title opens it)
    if (FUNCTION_WORDS.has(tokens[i]?.key ?? '') && !isTitle(tokens[i] as Token)) continue;
    let j = i;
    while (j + 1 < tokens.length && !endsSentence(tokens[j] as Token) && !dashBetween(text, tokens, j) && (isNameToken(tokens[j + 1] as Token) || isParticleBetween(tokens, j + 1))) j++;
    const prefix = rolePrefix(tokens, i);
    const parts = splitName([...prefix, ...tokens.slice(i, j + 1)]);
    if (!parts.name || isDate(tokens, i, j) || isOpeningParticiple(tokens, i, j) || isOpeningWord(tokens, i, j) || isKindOfPerson(tokens, i, j) || isPlace(tokens, i, j)) continue;
    const roles = [...parts.roles, ...appositionRoles(tokens, i, j)];
    people.push({ name: parts.name, roles, at: tokens[i]?.start ?? offset });
    i = j;
  }
  return people;
}

/** "Kuala Lumpur, Malaysia – Leaders of ...": a dash between two capitalised words parts two names. */
function dashBetween(text: string, tokens: readonly Token[], j: number): boolean {
  const [a, b] = [tokens[j], tokens[j + 1]];
  return !!a && !!b && b.start - a.end > 1 && /[\u2013\u2014]|\s-+\s/.test(text.slice(a.end, b.start));
}

/** "28 April", "May 3", "on Tuesday": a month or weekday alone is a date, not a person ("Mrs May" keeps
 *  her title, and so her name). */
function isDate(tokens: readonly Token[], i: number, j: number): boolean {
  if (i !== j || !CALENDAR_WORDS.has(tokens[i]?.key ?? '')) return false;
  if (/day$/.test(tokens[i]?.key ?? '')) return true;
  return /^\d/.test(tokens[i - 1]?.text ?? '') || /^\d/.test(tokens[i + 1]?.text ?? '');
}

/** "neighbouring Khuvsgul province", "the Kasai region", "R-Kan.": a place, or a lawmaker's party and
 *  state, which a later "he" never means. */
function isPlace(tokens: readonly Token[], i: number, j: number): boolean {
  if (i === j && /^[RDI]-\p{Lu}/u.test(tokens[i]?.text ?? '')) return true;
  return PLACE_NOUNS.has(tokens[j + 1]?.text ?? '');
}

const PLACE_NOUNS = new Set(['province', 'provinces', 'region', 'district', 'county', 'state', 'city', 'town', 'village', 'valley',
  'river', 'island', 'islands', 'mountains', 'prefecture', 'oblast', 'governorate', 'municipality', 'parish', 'borough', 'township']);

/** "Delgado, a Democrat in her first term", "an Australian": one capitalised word after "a" names a
 *  kind of person, not a person ("a Jamie Royle penalty" is a name). */
function isKindOfPerson(tokens: readonly Token[], i: number, j: number): boolean {
  return i === j && /^(a|an)$/.test(tokens[i - 1]?.key ?? '');
}

/** "Asked how the measure ...", "Speaking to reporters ...": a participle that opens the sentence
 *  ("Manning said" stays a name). */
function isOpeningParticiple(tokens: readonly Token[], i: number, j: number): boolean {
  if (i !== j || !/^\p{L}+(?:ed|ing)$/u.test(tokens[i]?.key ?? '')) return false;
  const prev = tokens[i - 1];
  if (prev && !endsSentence(prev) && !/^[,;:()]$/.test(prev.text)) return false;
  return FOLLOWS_PARTICIPLE.has(tokens[i + 1]?.key ?? '');
}

const FOLLOWS_PARTICIPLE = new Set([...PREPOSITIONS, ...CLAUSE_OPENERS, ...DETERMINERS, 'how', 'whether', 'what', 'why', 'by']);

/** "Back in Moxee, Pike is ...", "Residents in Larantuka said": one capitalised word that opens the
 *  sentence before a preposition, and that the lexicon lists as a word of the language and no name;
 *  so does a topic set before the subject: "Maintenance, he said, would be built into budgets". */
function isOpeningWord(tokens: readonly Token[], i: number, j: number): boolean {
  const prev = tokens[i - 1];
  const topic = tokens[i + 1]?.text === ',' && PRONOUNS.has(tokens[i + 2]?.key ?? '');
  if (i !== j || (prev && !endsSentence(prev)) || !(topic || PREPOSITIONS.has(tokens[i + 1]?.text ?? ''))) return false;
  const tags = lexiconTags(tokens[i]?.key ?? '');
  // a topic the lexicon does not know is still no name when it is a long lower-case word's shape
  if (!tags && topic) return /^\p{Lu}\p{Ll}+(?:ance|ence|ment|tion|sion|ness|ity|ing|ure|ship)$/u.test(tokens[i]?.text ?? '');
  return !!tags && !tags.some((tag) => /Name|Person|Place|Country|City|Organization/.test(tag));
}

/** "told Reuters. Aleppo is ..." ends a name; "U.S." and "Brig. Gen." do not. */
function endsSentence(token: Token): boolean {
  return token.text.endsWith('.') && !/\..*\./.test(token.text) && token.key.length > 1 && !ABBREVIATIONS.has(token.key) && !isTitle(token);
}

function isParticleBetween(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return !!t && !!next && /^(de|del|der|den|di|da|du|van|von|al|bin|ibn|abu|ben|la|le|el)$/.test(t.key) && isNameToken(next);
}

/** Up to four role words right before a name: "White House spokesman", "senior opposition official". */
function rolePrefix(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= 0 && out.length < 4; k--) {
    const t = tokens[k];
    if (!t || !(ROLE_NOUNS.has(t.key) || isTitle(t) || isNameToken(t) || ROLE_MODIFIERS.test(t.key)) || !ROLE_CONTEXT.test(t.text)) break;
    out.unshift(t);
  }
  return out.some((t) => ROLE_NOUNS.has(t.key) || isTitle(t)) ? out : [];
}

/** "NAME, a/the ROLE ...," after the name, or "The ROLE ..., NAME" before it. */
function appositionRoles(tokens: readonly Token[], i: number, j: number): string[] {
  const roles: string[] = [];
  if (tokens[j + 1]?.text === ',' && /^(a|an|the)$/.test(tokens[j + 2]?.key ?? '')) {
    const chunk = untilComma(tokens, j + 3, 1);
    // "Kumasi, the seat of the Asante king,": the role word must head the phrase, not hang on it
    const of = chunk.findIndex((t) => PREPOSITIONS.has(t.key));
    if (chunk.slice(0, of < 0 ? chunk.length : of).some((t) => ROLE_NOUNS.has(t.key) || isTitle(t))) roles.push(joinTokens(chunk));
  } else if (tokens[j + 1]?.text === ',') {
    // "Denise Mulvaney, president of the International Longshore Alliance,", "Thomas Reinholt, Veridia's
    // chief executive,": a role without an article, its noun among the first words
    const chunk = untilComma(tokens, j + 2, 1);
    const noun = chunk.findIndex((t) => ROLE_NOUNS.has(t.key) || isTitle(t));
    const lead = chunk.slice(0, Math.max(0, noun));
    if (noun >= 0 && noun <= 3 && lead.every((t) => ROLE_MODIFIERS.test(t.key) || /['’]s?$/.test(t.text) || (isNameToken(t) && !isTitle(t)))) roles.push(joinTokens(chunk));
  }
  if (tokens[i - 1]?.text === ',') {
    const chunk = untilComma(tokens, i - 2, -1);
    // "The ROLE ..., NAME", "Her husband, Rick Kowalski,"
    if (/^(a|an|the|his|her|their|its|our|my)$/.test(chunk[0]?.key ?? '') && chunk.some((t) => ROLE_NOUNS.has(t.key) || isTitle(t))) {
      roles.push(joinTokens(chunk.slice(1)));
    }
  }
  return roles;
}

function untilComma(tokens: readonly Token[], from: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  for (let k = from; k >= 0 && k < tokens.length && out.length < 20; k += step) {
    const t = tokens[k] as Token;
    if (/^[,;:()]$/.test(t.text)) break;
    if (step === 1) out.push(t);
    else out.unshift(t);
  }
  return out;
}
