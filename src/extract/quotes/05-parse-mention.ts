// Step 5: take a speaker phrase apart into a name, a role, a pronoun or a description.
//   "Zakaria Malahifji, a Turkey-based official for the Fastaqim group ..." -> name "Zakaria Malahifji"
//   "White House spokesman Josh Earnest"  -> name "Josh Earnest", role "White House spokesman"
//   "A U.S. official, speaking on condition of anonymity," -> descriptor "U.S. official", anonymous
//   "he" -> pronoun; "several dozen students" -> descriptor, plural

import { boundedMemo } from '../../core/bounded-memo.ts';
import { ANONYMOUS_HEADS, CLAUSE_OPENERS, FUNCTION_WORDS, NAME_PARTICLES, ORG_WORDS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS } from './lexicon.ts';
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
  const chunks = splitChunks(raw.replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)/gu, ''));
  const appositions: Token[][] = [];
  // "Zakaria Malahifji, a Turkey-based official ..., told": a chunk closed by a comma before the verb
  // describes the subject; "Earlier this week, the Syrian army said" has none
  // "Voss, who has campaigned on what he calls "...", told": the relative clause ends at the quote, whose
  // closing comma is masked with it
  const relative = /^(who|whose|which)$/.test(chunks.at(-1)?.[0]?.key ?? '');
  // "criticism from residents, including a retired teacher named Gloria Banks, who told": "who" is the
  // subject, and the phrase before it names them
  if (relative && chunks.at(-1)?.length === 1 && chunks.length > 1) {
    chunks.pop();
    const antecedent = chunks.pop() ?? [];
    const from = antecedent.findIndex((t) => /^(including|among|such|like|especially|notably)$/.test(t.key));
    chunks.push(from >= 0 ? antecedent.slice(from + (antecedent[from + 1]?.key === 'as' ? 2 : 1)) : antecedent);
  } else if ((/,\s*$/.test(raw) || relative) && chunks.length > 1) {
    appositions.unshift(chunks.pop() ?? []);
    while (chunks.length > 1 && isApposition(chunks[chunks.length - 1] ?? [])) appositions.unshift(chunks.pop() ?? []);
  }
  let head = chunks[chunks.length - 1] ?? [];
  // "He read aloud from a 2021 letter by the Environment Agency, which he said had described": the
  // relative clause hangs on the letter, whose author speaks
  if (relative && head.length > 5) head = authorOf(head) ?? head;
  // "the statement from the rebel command read": the author speaks
  if (SPEECH_NOUNS.has(stripDeterminers(head)[0]?.key ?? '')) head = authorOf(head) ?? head;
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
  const by = chunk.findLastIndex((t, k) => /^(by|from)$/.test(t.key) && SPEECH_NOUNS.has(chunk[k - 1]?.key ?? ''));
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
  const chunk = appositions.find((c) => c.length <= 5 && c.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.key)));
  const name = chunk ? splitName(chunk).name : null;
  if (!chunk || !name) return null;
  // "we contacted the ... Association, whose spokesman, Carl Jensen, said": the name after "whose ROLE"
  // speaks, not the head it hangs on
  const whose = appositions[appositions.indexOf(chunk) - 1];
  if (whose?.[0]?.key === 'whose') {
    return { raw: joinTokens([...whose, ...chunk]), name, descriptor: null, head: null, pronoun: null, plural: false, anonymous: false, roles: [joinTokens(whose.slice(1))] };
  }
  if (splitName(head).name) return null;
  const roles = [head, ...appositions.filter((c) => c !== chunk)]
    .filter((c) => !PREPOSITIONS.has(c[0]?.key ?? '') && !isParticiple(c))
    .map((c) => joinTokens(stripDeterminers(c)));
  const raw = joinTokens([...head, ...appositions.flat()]);
  return { raw, name, descriptor: null, head: null, pronoun: null, plural: false, anonymous: false, roles };
}

function splitChunks(raw: string): Token[][] {
  const chunks: Token[][] = [[]];
  for (const t of tokenize(raw)) {
    if (t.text === ',' || t.text === ';' || t.text === ':') chunks.push([]);
    else if (t.text !== '(' && t.text !== ')') chunks[chunks.length - 1]?.push(t);
  }
  return chunks.filter((c) => c.length > 0);
}

/** "a Turkey-based official ...", "speaking on condition of anonymity", "whose air force ...", "45" */
function isApposition(chunk: readonly Token[]): boolean {
  const first = chunk[0];
  if (!first) return true;
  if (isParticiple(chunk)) return true;
  if (/^(who|whose|which|the|a|an|head|himself|herself|itself|themselves|\d+)$/.test(first.key)) return true;
  return PREPOSITIONS.has(first.key);
}

function isParticiple(chunk: readonly Token[]): boolean {
  return /^\p{L}+ing$/u.test(chunk[0]?.key ?? '') && !/^(king|sing)$/.test(chunk[0]?.key ?? '');
}

function afterClauseOpener(chunk: Token[]): Token[] {
  // "the WHO said": an acronym is not the clause word "who"
  for (let i = chunk.length - 1; i >= 0; i--) if (CLAUSE_CUT.has(chunk[i]?.key ?? '') && !isAcronym(chunk[i])) return chunk.slice(i + 1);
  return chunk;
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
