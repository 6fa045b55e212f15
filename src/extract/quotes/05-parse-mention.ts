// Step 5: take a speaker phrase apart into a name, a role, a pronoun or a description.
//   "Zakaria Malahifji, a Turkey-based official for the Fastaqim group ..." -> name "Zakaria Malahifji"
//   "White House spokesman Josh Earnest"  -> name "Josh Earnest", role "White House spokesman"
//   "A U.S. official, speaking on condition of anonymity," -> descriptor "U.S. official", anonymous
//   "he" -> pronoun; "several dozen students" -> descriptor, plural

import { boundedMemo } from '../../core/bounded-memo.ts';
import { ANONYMOUS_HEADS, AUXILIARIES, CLAUSE_OPENERS, FUNCTION_WORDS, NAME_PARTICLES, ORG_WORDS, PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS } from './lexicon.ts';
import { ANONYMITY } from './06-find-cue.ts';
import { isNameToken, isTitle, splitName, type NameParts } from './name-parts.ts';
import { isAcronym } from './noun-phrase.ts';
import { joinTokens, tokenize, type Token } from './tokens.ts';
import type { Mention } from './types.ts';

const STRIP_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);
const LONE_REFERENCES = new Set(['another', 'one', 'others']);
// "Voss, who has campaigned on what he calls": "what" opens a clause with a subject of its own
const CLAUSE_CUT = new Set([...CLAUSE_OPENERS, 'what'].filter((w) => !['and', 'or', 'but', 'so', 'yet'].includes(w)));

// three in four speaker phrases come back in later sentences and articles: "he", "the army", "Malahifji"
const CACHE_SIZE = 20_000;
const readMentionOnce = boundedMemo(CACHE_SIZE, (raw) => readMention(raw));

export function parseMention(raw: string): Mention | null {
  const known = readMentionOnce(raw);
  // each caller gets its own roles to keep
  return known && { ...known, roles: [...known.roles] };
}

function readMention(raw: string): Mention | null {
  // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said": the acronym in
  // brackets repeats the name
  const chunks = splitChunks(raw.replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)|\s*\([RDI]-[\p{L}. ]{2,16}\)/gu, ''));
  const appositions: Token[][] = [];
  // "Zakaria Malahifji, a Turkey-based official ..., told": a chunk closed by a comma before the verb
  // describes the subject; "Earlier this week, the Syrian army said" has none
  // "Voss, who has campaigned on what he calls "...", told": the relative clause ends at the quote, whose
  // closing comma is masked with it
  const relative = RELATIVE_PRONOUNS.has(chunks.at(-1)?.[0]?.key ?? '');
  // "criticism from residents, including a retired teacher named Gloria Banks, who told": "who" is the
  // subject, and the phrase before it names them
  if (relative && chunks.at(-1)?.length === 1 && chunks.length > 1) {
    chunks.pop();
    const antecedent = chunks.pop() ?? [];
    const from = antecedent.findIndex((t) => /^(including|among|such|like|especially|notably)$/.test(t.key));
    chunks.push(from >= 0 ? antecedent.slice(from + (antecedent[from + 1]?.key === 'as' ? 2 : 1)) : antecedent);
  } else if ((/,\s*$/.test(raw) || relative) && chunks.length > 1) {
    // "Keisha Monroe, who closed her shop in Sikeston, Missouri, in August, posted": a relative clause
    // runs over commas to the verb, so every chunk from its "who" on describes the subject
    const from = chunks.findIndex((c, k) => k > 0 && c.length > 1 && RELATIVE_PRONOUNS.has(c[0]?.key ?? ''));
    appositions.unshift(...chunks.splice(from > 0 ? from : -1));
    while (chunks.length > 1 && isApposition(chunks[chunks.length - 1] ?? [], chunks[chunks.length - 2] ?? [])) appositions.unshift(chunks.pop() ?? []);
  }
  // "A petition signed by more than 3,000 people": the thing signed speaks, not its signers
  let head = beforeAgent(chunks[chunks.length - 1] ?? []);
  // "He read aloud from a 2021 letter by the Environment Agency, which he said had described": the
  // relative clause hangs on the letter, whose author speaks
  if (relative && head.length > 5) head = authorOf(head) ?? head;
  // "the statement from the rebel command read": the author speaks
  // "A 2023 report by the UN Food and Agriculture Organization": a year before the noun changes nothing
  if (SPEECH_NOUNS.has(stripDeterminers(head).find((t) => !/^\d/.test(t.text))?.key ?? '')) head = authorOf(head) ?? head;
  head = afterDateOpener(afterClauseOpener(head));
  const named = namedApposition(head, appositions);
  if (named) return named;
  if (head.length === 0 || head.length > 12) return null;
  if (PREPOSITIONS.has(head[0]?.key ?? '')) return null;
  const anonymous = appositions.some((c) => ANONYMITY.test(joinTokens(c))) || ANONYMITY.test(joinTokens(head));
  const roles = appositions.filter((c) => !isParticiple(c)).map((c) => joinTokens(stripDeterminers(c)));
  const base = { raw: raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, ''), anonymous, roles };
  const first = head[0]?.key ?? '';
  if (head.length === 1 && (PRONOUNS.has(first) || LONE_REFERENCES.has(first))) {
    return { ...base, name: null, descriptor: null, head: null, pronoun: first, plural: /^(they|we|others)$/.test(first) };
  }
  // "Japan and South Korea agreed": two names joined are one plural speaker
  const pair = namePair(head);
  if (pair) return { ...base, name: pair, descriptor: null, head: null, pronoun: null, plural: true };
  const parts = nameBeforePhrase(head) ?? splitName(head);
  if (parts.name) {
    return { ...base, name: parts.name, descriptor: null, head: null, pronoun: null, plural: false, roles: [...parts.roles, ...roles] };
  }
  const descriptorTokens = stripDeterminers(head);
  if (descriptorTokens.length === 0) return null;
  const headWord = descriptorTokens[descriptorTokens.length - 1]?.key ?? '';
  const plural = isPlural(headWord) || descriptorTokens.some((t) => t.key === 'and');
  return {
    ...base,
    name: null,
    // "said one fan." at the end of the sentence
    descriptor: joinTokens(descriptorTokens).replace(/(?<=\p{Ll}{2})\.$/u, ''),
    head: headWord,
    pronoun: null,
    plural,
    anonymous: anonymous || (!plural && ANONYMOUS_HEADS.has(headWord)),
  };
}

/** "a 2021 letter by the Environment Agency" -> "the Environment Agency". */
function authorOf(chunk: readonly Token[]): Token[] | null {
  // "A 2022 report commissioned by the trustees": the noun, a participle, then the author
  const noun = (k: number): boolean => SPEECH_NOUNS.has(chunk[k]?.key ?? '') || (/^\p{Ll}+ed$/u.test(chunk[k]?.text ?? '') && SPEECH_NOUNS.has(chunk[k - 1]?.key ?? ''));
  const by = chunk.findLastIndex((t, k) => /^(by|from)$/.test(t.key) && noun(k - 1));
  return by > 0 && by < chunk.length - 1 ? chunk.slice(by + 1) : null;
}

function namePair(head: readonly Token[]): string | null {
  const and = head.findIndex((t) => t.key === 'and');
  if (and < 1 || and === head.length - 1) return null;
  const left = splitName(head.slice(0, and)).name;
  const right = splitName(head.slice(and + 1)).name;
  const allNames = head.every((t, k) => k === and || isNameToken(t) || NAME_PARTICLES.has(t.key) || t.key === 'the');
  return left && right && allNames && !/^the$/i.test(head[0]?.text ?? '') ? `${left} and ${right}` : null;
}

/** A name set off by commas after a role or an opening phrase names the speaker:
 *    "Nordvik's finance chief, Ingrid Moe," -> "Ingrid Moe", role "Nordvik's finance chief"
 *    "Outside court, the trust's chair, Linda Okoye," -> "Linda Okoye", role "trust's chair" */
function namedApposition(head: Token[], appositions: readonly Token[][]): Mention | null {
  if (head.length === 0 || (head.length === 1 && PRONOUNS.has(head[0]?.key ?? ''))) return null;
  // "Towing of Paducah, Kentucky,": a state after a city names no one
  const chunk = appositions.find((c, k) => c.length <= 5 && c.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.key)) && !PARTY_TAG.test(c[0]?.text ?? '') && !endsInPlace((k === 0 ? head : appositions[k - 1]) ?? []));
  const name = chunk ? splitName(chunk).name : null;
  if (!chunk || !name) return roleAndName(head, appositions);
  // "we contacted the ... Association, whose spokesman, Carl Jensen, said": the name after "whose ROLE"
  // speaks, not the head it hangs on
  const whose = appositions[appositions.indexOf(chunk) - 1];
  if (whose?.[0]?.key === 'whose') {
    return { raw: joinTokens([...whose, ...chunk]), name, descriptor: null, head: null, pronoun: null, plural: false, anonymous: false, roles: [joinTokens(whose.slice(1))] };
  }
  // "Zambia's Minister of Mines and Minerals Development, Esther Banda,": a title before the name
  if (splitName(head).name && !head.some((t) => isTitle(t) && /^\p{Lu}/u.test(t.text))) return null;
  const roles = [head, ...appositions.filter((c) => c !== chunk)]
    .filter((c) => !PREPOSITIONS.has(c[0]?.key ?? '') && !isParticiple(c))
    .map((c) => joinTokens(stripDeterminers(c)));
  const raw = joinTokens([...head, ...appositions.flat()]);
  return { raw, name, descriptor: null, head: null, pronoun: null, plural: false, anonymous: false, roles };
}

/** "The mission's principal investigator, the planetary scientist Hana Sato of the University of
 *  Arizona," -> "Hana Sato": a role and a name after the head, when the head names no one. */
function roleAndName(head: Token[], appositions: readonly Token[][]): Mention | null {
  if (head.length === 0 || (nameBeforePhrase(head) ?? splitName(head)).name) return null;
  for (const chunk of appositions) {
    if (!/^(the|a|an)$/.test(chunk[0]?.key ?? '')) continue;
    const of = chunk.findIndex((t, k) => k > 0 && PREPOSITIONS.has(t.key));
    // "the marine biologist Ines Moreau": a lower-case role word right before the name
    const run = chunk.slice(0, of > 0 ? of : chunk.length).findIndex((t) => isNameToken(t));
    if (run < 2 || !/^\p{Ll}/u.test(chunk[run - 1]?.text ?? '')) continue;
    const parts = splitName(of > 0 ? chunk.slice(0, of) : chunk);
    if (!parts.name?.includes(' ') || !/^\p{Lu}/u.test(parts.name) || !isNameToken(chunk[(of > 0 ? of : chunk.length) - 1] as Token)) continue;
    const roles = [joinTokens(stripDeterminers(head)), ...parts.roles];
    return { raw: joinTokens([...head, ...appositions.flat()]), name: parts.name, descriptor: null, head: null, pronoun: null, plural: false, anonymous: false, roles };
  }
  return null;
}

function splitChunks(raw: string): Token[][] {
  const chunks: Token[][] = [[]];
  const tokens = tokenize(raw);
  for (const [k, t] of tokens.entries()) {
    // "3,000 people": a comma inside a number
    if (t.text === ',' && isDigitAt(tokens, k - 1, t.start) && isDigitAt(tokens, k + 1, t.end)) chunks[chunks.length - 1]?.push(t);
    else if (t.text === ',' || t.text === ';' || t.text === ':') chunks.push([]);
    else if (t.text !== '(' && t.text !== ')') chunks[chunks.length - 1]?.push(t);
  }
  return chunks.filter((c) => c.length > 0);
}

function isDigitAt(tokens: readonly Token[], k: number, touching: number): boolean {
  const t = tokens[k];
  return !!t && /^\d+$/.test(t.text) && (t.end === touching || t.start === touching);
}

/** "a Turkey-based official ...", "speaking on condition of anonymity", "whose air force ...", "45",
 *  "R-Kan.", "president of the Ridgeview Teachers Association", and the state after a city: in "Towing of
 *  Paducah, Kentucky," the chunk "Kentucky" goes on the place that `before` ends with. */
function isApposition(chunk: readonly Token[], before: readonly Token[]): boolean {
  const first = chunk[0];
  if (!first) return true;
  if (isParticiple(chunk)) return true;
  if (/^(who|whose|which|the|a|an|head|himself|herself|itself|themselves|\d+)$/.test(first.key)) return true;
  if (PARTY_TAG.test(first.text) && chunk.length === 1) return true;
  // "Dale Munro, president of ...": a lower-case role opens it
  if (/^\p{Ll}/u.test(first.text) && chunk.slice(0, 3).some((t) => ROLE_NOUNS.has(t.key) || isTitle(t)) && !chunk.some((t) => t.key === 'and')) return true;
  if (chunk.length <= 3 && chunk.every(isNameToken) && endsInPlace(before)) return true;
  return PREPOSITIONS.has(first.key);
}

// "R-Kan.", "D-N.Y.", "I-Vt.": a US lawmaker's party and state
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/** "... of Paducah", "... in Sikeston": capitalised words after a preposition end the chunk. */
function endsInPlace(chunk: readonly Token[]): boolean {
  let k = chunk.length - 1;
  while (k >= 0 && isNameToken(chunk[k] as Token)) k--;
  return k < chunk.length - 1 && k > 0 && /^(of|in|from|near|at)$/.test(chunk[k]?.key ?? '');
}

/** "A petition signed by more than 3,000 people" -> "A petition": a noun and a past participle with
 *  "by" after it ("a letter written by", "the group led by"). */
function beforeAgent(chunk: Token[]): Token[] {
  // "a report commissioned by the trustees" is left whole: who wrote a report speaks through it
  const k = chunk.findIndex((t, i) => i > 0 && /^\p{Ll}+ed$/u.test(t.text) && chunk[i + 1]?.key === 'by' && !AUXILIARIES.has(chunk[i - 1]?.key ?? '') && !PRONOUNS.has(chunk[i - 1]?.key ?? '') && !SPEECH_NOUNS.has(chunk[i - 1]?.key ?? ''));
  return k > 0 ? chunk.slice(0, k) : chunk;
}

function isParticiple(chunk: readonly Token[]): boolean {
  return /^\p{L}+ing$/u.test(chunk[0]?.key ?? '') && !/^(king|sing)$/.test(chunk[0]?.key ?? '');
}

function afterClauseOpener(chunk: Token[]): Token[] {
  // "A hydrologist who has worked at the campus for 22 years, speaking on condition of anonymity,
  // said", "One user who identified himself as a teacher wrote": the noun the relative clause hangs on
  // speaks, whatever clause words follow
  const who = chunk.findIndex((t) => t.key === 'who');
  if (who > 0 && isIndefiniteNoun(chunk.slice(0, who))) return chunk.slice(1, who);
  // "the WHO said": an acronym is not the clause word "who"
  for (let i = chunk.length - 1; i >= 0; i--) if (CLAUSE_CUT.has(chunk[i]?.key ?? '') && !isAcronym(chunk[i])) return chunk.slice(i + 1);
  // "But a member of the committee, speaking on condition of anonymity,": a conjunction opening the sentence
  return /^(but|and|yet)$/.test(chunk[0]?.key ?? '') && /^\p{Lu}/u.test(chunk[0]?.text ?? '') && chunk.length > 2 ? chunk.slice(1) : chunk;
}

/** "A hydrologist", "one longtime resident": a short phrase opened by "a" or "one" and no clause word. */
function isIndefiniteNoun(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 5 && /^(a|an|one|another)$/.test(tokens[0]?.key ?? '')
    && tokens.every((t) => /^[\p{L}-]+$/u.test(t.text) && !CLAUSE_CUT.has(t.key) && !PREPOSITIONS.has(t.key));
}

/** "In 1930 the economist John Maynard Keynes predicted", "On Monday he told": a time or place
 *  phrase without a comma before the subject. Its words must be numbers or capitalised, so that
 *  "At the meeting the mayor" is left alone. */
function afterDateOpener(chunk: Token[]): Token[] {
  if (!PREPOSITIONS.has(chunk[0]?.key ?? '')) return chunk;
  for (let k = 1; k < chunk.length; k++) {
    const t = chunk[k];
    if (!t) break;
    if (k >= 2 && (/^(the|a|an)$/.test(t.key) || PRONOUNS.has(t.key))) return chunk.slice(k);
    if (!/^[\p{Lu}\p{N}]/u.test(t.text)) break;
  }
  return chunk;
}

function stripDeterminers(chunk: readonly Token[]): Token[] {
  let i = 0;
  while (i < chunk.length - 1 && STRIP_DETERMINERS.has(chunk[i]?.key ?? '')) i++;
  return chunk.slice(i);
}

function isPlural(word: string): boolean {
  return (/[^s]s$/.test(word) && !/(ss|us|is|news)$/.test(word)) || /^(people|police|men|women|children|staff|two|both|couple|pair|duo)$/.test(word);
}

/** A person's name and a phrase after it that is no part of the name:
 *    "Capt. Ron Billings of Deschutes County Fire District 2." -> "Ron Billings", role "Capt. ... of Deschutes ..."
 *    "Lang in turn"                                            -> "Lang"
 *  "Bank of England" (an organisation word before "of") and "Secretary of State John Kerry" (a title)
 *  are left to splitName; a capitalised phrase after "of" needs a name of two words. */
function nameBeforePhrase(head: readonly Token[]): NameParts | null {
  const p = head.findIndex((t, k) => k > 0 && PREPOSITIONS.has(t.key));
  if (p < 1) return null;
  const before = head.slice(0, p);
  const last = before[p - 1];
  const singular = last?.key.replace(/s$/, '') ?? '';
  if (!last || isTitle(last) || [last.key, singular].some((w) => ORG_WORDS.has(w) || ROLE_NOUNS.has(w))) return null;
  // "One of the people familiar with ...", "South Korea’s Joint Chiefs of Staff"
  if (!before.every((t) => isNameToken(t) && (isTitle(t) || !FUNCTION_WORDS.has(t.key)) && !/['’]s$/.test(t.text))) return null;
  const parts = splitName(before);
  if (!parts.name) return null;
  const rest = head.slice(p);
  const capitalised = rest.slice(1).some(isNameToken);
  if (capitalised && (head[p]?.key !== 'of' || parts.name.split(' ').length < 2)) return null;
  return { name: parts.name, roles: [...parts.roles, joinTokens(rest).replace(/\.$/, '')] };
}
