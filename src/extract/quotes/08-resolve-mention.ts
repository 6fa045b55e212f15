// Step 8: turn a parsed mention into the speaker the article means, using what came before it.
//   "he said"               -> the last person of that gender quoted, named as speaking or just named
//                              ("the military source"; "Kerr rejected that account. "...," he said" -> Kerr)
//   "It backed that up ..." -> the last organisation that spoke ("The army announced ...")
//   "the UN envoy pledged"  -> the person the article gives that role ("Staffan de Mistura")
//   "the U.S. official"     -> the same unnamed official as "A U.S. official, speaking on condition of anonymity"
//   "read one message"      -> who sent the messages ("The government also sent text messages ...")
//   "Malahifji"             -> the fullest form of the name in the article ("Zakaria Malahifji")

import { CLAUSE_OPENERS, DETERMINERS, DOCUMENT_NOUNS, IRREGULAR_PAST, ORG_WORDS, PREPOSITIONS, PRONOUNS, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import type { Person } from './07-find-people.ts';
import { isOrganisationName } from './name-kind.ts';
import { findSender } from './find-sender.ts';
import { headPhrase } from './head-phrase.ts';
import { referBack } from './refer-back.ts';
import { sentenceAt } from './sentence-at.ts';
import { personWithRole, type RoleHolder } from './role-match.ts';
import { genderOf, genderOfWords, type Gender, type GenderVotes } from './gender.ts';
import { nameKey, tokensOfName } from './name-key.ts';
import type { Mention, SpeakerKind } from './types.ts';

export interface Entity {
  speaker: string;
  kind: SpeakerKind;
  plural: boolean;
  descriptor: string | null;
  head: string | null;
  roles: string[];
  /** Offset of the mention that named this entity, to find the most recent one. */
  at?: number;
}

export interface ArticleContext {
  people: Person[];
  /** Speakers met so far, in reading order. */
  history: Entity[];
  /** Masked sentences read so far, with their offsets, to find who sent a message. */
  sentences: { text: string; at: number }[];
  /** Which surnames the article calls "he" or "she". */
  votes: GenderVotes;
}

// "my grandmother", "the opposition leader" not linked to a name are people too
const isPersonLike = (e: Entity): boolean =>
  !e.plural && (e.kind === 'person' || e.kind === 'anonymous' || (e.kind === 'unknown' && ROLE_NOUNS.has(e.head ?? '')));

export function resolveMention(m: Mention, ctx: ArticleContext, at: number): Entity | null {
  const entity = resolveAt(m, ctx, at);
  return entity ? { ...entity, at } : null;
}

function resolveAt(m: Mention, ctx: ArticleContext, at: number): Entity | null {
  if (m.pronoun === 'he' || m.pronoun === 'she') return resolvePersonal(m.pronoun === 'he' ? 'm' : 'f', ctx, at);
  if (m.pronoun) return resolvePronoun(m.pronoun, ctx);
  if (m.name && m.plural) return { speaker: m.name, kind: 'group', plural: true, descriptor: null, head: null, roles: m.roles };
  if (m.name) return resolveName(m, ctx.people, at);
  if (!m.descriptor || !m.head) return null;
  if (DOCUMENT_NOUNS.has(m.head)) {
    const sender = findSender(ctx.sentences, m.head, at);
    if (sender) return { speaker: sender, kind: 'document', plural: false, descriptor: m.descriptor, head: m.head, roles: [] };
  }
  const aged = ageEpithet(m, ctx, at);
  if (aged) return aged;
  const key = nameKey(m.descriptor);
  const earlier = [...ctx.history].reverse().find((e) => e.descriptor !== null && compatible(key, nameKey(e.descriptor), e.head === m.head));
  const back = referBack(m, ctx, at, earlier);
  if (back) return back;
  if (earlier) return earlier;
  if (ROLE_NOUNS.has(m.head) && !m.plural) {
    const person = personWithRole(m.descriptor, roleHolders(ctx, at), at, isOrganisationName);
    if (person) return { speaker: person.name, kind: 'person', plural: false, descriptor: m.descriptor, head: m.head, roles: [...person.roles] };
  }
  const kind: SpeakerKind = m.anonymous ? 'anonymous' : ORG_WORDS.has(m.head) ? 'organisation' : m.plural ? 'group' : DOCUMENT_NOUNS.has(m.head) ? 'document' : 'unknown';
  const speaker = m.anonymous ? `${headPhrase(m.descriptor, true)} (anonymous)` : spokespersonFor(m.descriptor) ?? ownersText(m.descriptor, m.head) ?? headPhrase(m.descriptor);
  return { speaker, kind, plural: m.plural, descriptor: m.descriptor, head: m.head, roles: m.roles };
}

/** `For three weeks Batbayar Gombo has ...` + `"...," the 52-year-old herder told AFP`: a definite
 *  description by age stands for the person last named before it (of its gender, if it has one). */
function ageEpithet(m: Mention, ctx: ArticleContext, at: number): Entity | null {
  if (m.plural || !m.descriptor || !/^the\b/i.test(m.raw) || !/\b\d+-year-old\b/i.test(m.descriptor)) return null;
  const want = genderOfWords(m.descriptor);
  for (let k = ctx.people.length - 1; k >= 0; k--) {
    const p = ctx.people[k];
    if (!p || p.at >= at) continue;
    const { full, roles } = fullestNameOf(p, ctx.people);
    // "since January": a lone word no pronoun or given name makes a person is passed over
    const gender = genderOf(full, roles, ctx.votes);
    if (isOrganisationName(full) || (want && gender === (want === 'm' ? 'f' : 'm')) || (gender === null && !full.includes(' '))) continue;
    return { speaker: full, kind: 'person', plural: false, descriptor: m.descriptor, head: m.head, roles: [...roles, m.descriptor] };
  }
  return null;
}

/** "Northway Bank spokesperson", "a spokesman for the Environment Agency" -> "Northway Bank (spokesperson)",
 *  "Environment Agency (spokesman)": an unnamed voice of a named body speaks for it. */
function spokespersonFor(descriptor: string): string | null {
  const match = /^(.*\p{Lu}.*?)\s+(spokesperson|spokesman|spokeswoman)$/u.exec(descriptor) ?? /^(spokesperson|spokesman|spokeswoman) for (?:the )?(.*\p{Lu}.*)$/u.exec(descriptor);
  if (!match?.[1] || !match[2]) return null;
  const [body, noun] = match[1].startsWith('spokes') ? [match[2], match[1]] : [match[1], match[2]];
  return /['’]s?$/.test(body) ? null : `${body} (${noun})`;
}

/** "Hop Growers Alliance's September crop estimate" -> "Hop Growers Alliance (September crop estimate)":
 *  a named body's text speaks for it. Its people ("the county's health director", "Mehta's mother") and its
 *  parts ("Kenya's agriculture ministry") are speakers of their own. */
const TEXT_NOUNS = new Set(['estimate', 'estimates', 'study', 'survey', 'review', 'analysis', 'forecast', 'filing', 'ruling', 'assessment', 'audit', 'findings', 'data', 'figures', 'guidance', 'website', 'report', 'release', 'releases']);

function ownersText(descriptor: string, head: string): string | null {
  const match = /^((?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*)['’]s\s+(.+)$/u.exec(descriptor);
  if (!match?.[1] || !match[2] || !(SPEECH_NOUNS.has(head) || DOCUMENT_NOUNS.has(head) || TEXT_NOUNS.has(head))) return null;
  return `${match[1]} (${match[2]})`;
}

function resolvePronoun(pronoun: string, ctx: ArticleContext): Entity | null {
  const last = [...ctx.history].reverse();
  if (pronoun === 'i') return last.find(isPersonLike) ?? null;
  // "Norcastle said in a statement ... It said": one word that no given name, title or pronoun makes a
  // person can be a company
  const mayBeCompany = (e: Entity): boolean => e.kind === 'person' && !e.speaker.includes(' ') && genderOf(e.speaker, e.roles, ctx.votes) === null;
  if (pronoun === 'it') return last.find((e) => !e.plural && (e.kind === 'organisation' || e.kind === 'document' || e.kind === 'unknown' || mayBeCompany(e))) ?? null;
  if (pronoun === 'another' || pronoun === 'one') return last.find((e) => e.kind === 'document') ?? last[0] ?? null;
  return last.find((e) => e.plural || e.kind === 'organisation') ?? null;
}

/** The latest person before `at` who can be "he" (or "she"): a speaker met so far or a person the
 *  article named; a speaker wins a tie with the bare mention of the same name. */
function resolvePersonal(want: Gender, ctx: ArticleContext, at: number): Entity | null {
  const named: Entity[] = [];
  for (const p of ctx.people) {
    if (p.at >= at || afterPronounSubject(p.at, want, ctx.sentences)) continue;
    const { full, roles } = fullestNameOf(p, ctx.people);
    // a bare mention counts only when something says it is a "he" or a "she": "Friday", "Commons"
    // never are. The gender is asked first: whether a name is an organisation can cost a parse.
    const gender = genderOf(full, roles, ctx.votes);
    // "Yaw Mensah, 44, a teacher who ..., remembered ..." + `"...," he said`: a full name nothing gives a
    // gender, that is the subject of its sentence ("Maritime safety researcher Yaw Mensah said",
    // "Speaking on Sunday, festival director Yaw Mensah denied"), may be either
    if (gender !== want && !(gender === null && full.includes(' ') && leadsItsClause(p.at, ctx.sentences))) continue;
    if ((isOrganisationName(p.name) || isOrganisationName(full)) && !hasPersonTitle(full, roles)) continue;
    named.push({ speaker: full, kind: 'person', plural: false, descriptor: null, head: null, roles: [...roles], at: p.at });
  }
  const spoke = ctx.history.filter((e) => isPersonLike(e) && (e.at ?? 0) < at);
  const all = [...named, ...spoke.filter((e) => genderOfEntity(e, ctx.votes) !== (want === 'm' ? 'f' : 'm'))];
  // "when the trumpeter Ray Castell hired him", "he married Ruth Coleman": a name met once, in passing,
  // gives way to one the article keeps coming back to
  const salient = all.filter((e) => e.descriptor !== null || !isPassing(e, ctx));
  const candidates = salient.length > 0 ? salient : all;
  let best: Entity | null = null;
  for (const e of candidates) if (!best || (e.at ?? 0) >= (best.at ?? 0)) best = e;
  return best;
}

/** The name opens its sentence, or its clause after an opening phrase, behind at most a short role
 *  ("Maritime safety researcher", "festival director"): no preposition, verb or pronoun before it. */
function leadsItsClause(at: number, sentences: ArticleContext['sentences']): boolean {
  const sentence = sentenceAt(sentences, at);
  if (!sentence || at - sentence.at > sentence.text.length) return false;
  const before = sentence.text.slice(0, at - sentence.at);
  if (before.trim() === '') return true;
  // "Leon Abernathy, Jazz Pianist Who ...": a second name set off by a comma is no subject
  const role = (before.split(',').at(-1) ?? '').trim().split(/\s+/).filter(Boolean);
  const noun = role.at(-1)?.toLowerCase() ?? '';
  return role.every((w) => /^[\p{L}'’.-]+$/u.test(w)) && (ROLE_NOUNS.has(noun) || /(?:er|or|ist|ian|ant|ent)$/.test(noun)) && !subjectWordsBefore(before);
}

/** "festival director Hisham Farid", "Maritime safety researcher Dewi Kartika": a short title that
 *  ends in a person's role noun makes a person of a name that reads like a place. */
function hasPersonTitle(full: string, roles: readonly string[]): boolean {
  if (!full.includes(' ') || tokensOfName(full).some((w) => ORG_WORDS.has(w))) return false;
  return roles.some((r) => {
    const words = r.toLowerCase().split(/\s+/);
    return words.length <= 3 && ROLE_NOUNS.has(words.at(-1) ?? '') && !words.some((w) => PREPOSITIONS.has(w) || DETERMINERS.has(w));
  });
}

/** The words between the last comma and a name make it no subject: "in 2019 when the trumpeter". */
function subjectWordsBefore(before: string): boolean {
  const words = (before.split(',').at(-1) ?? '').trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  return words.length > 4 || words.some((w) => PREPOSITIONS.has(w) || CLAUSE_OPENERS.has(w) || PRONOUNS.has(w) || /ed$/.test(w) || IRREGULAR_PAST.has(w) || SPEECH_VERBS.has(w));
}

/** A person named once in the article, and not as the subject that opens a sentence (after an opening
 *  phrase and its comma) nor as the agent after "by". Speakers are never passing. */
function isPassing(e: Entity, ctx: ArticleContext): boolean {
  if (ctx.history.some((h) => h.speaker === e.speaker && h.kind === 'person')) return false;
  if (mentionsOf(ctx.people).get(e.speaker) !== 1 || e.at === undefined) return false;
  const at = e.at;
  const sentence = sentenceAt(ctx.sentences, at);
  if (!sentence || at - sentence.at > sentence.text.length) return false;
  const before = sentence.text.slice(0, at - sentence.at);
  if (/\bby\s*$/i.test(before)) return false;
  // "Among them was Jaylen Brooks, 16, ..., who said he studies there": a person the article lets speak
  if (/^[^.;:]*?,\s*who\s+(?:also\s+)?(?:said|says|told|tells)\b/i.test(sentence.text.slice(at - sentence.at))) return false;
  return subjectWordsBefore(before);
}

/** `He was never a virtuoso in the manner of Art Tatum, and he did not try to be.` + `"...," he told
 *  the Times`: a person named after the "he" that a sentence opens with is no new subject, so the next
 *  "he" still means whom that one did. */
function afterPronounSubject(at: number, want: Gender, sentences: ArticleContext['sentences']): boolean {
  const sentence = sentenceAt(sentences, at);
  if (!sentence || at - sentence.at > sentence.text.length) return false;
  const opening = SUBJECT_PRONOUN.exec(sentence.text);
  return !!opening && (opening[1]?.toLowerCase() === 'he') === (want === 'm') && at - sentence.at > opening[0].length;
}

const SUBJECT_PRONOUN = /^\s*(?:(?:but|and|yet|still|then|now|instead),?\s+)?(he|she)\b/i;

function genderOfEntity(e: Entity, votes: GenderVotes): Gender | null {
  if (e.kind === 'person') return genderOf(e.speaker, e.roles, votes);
  return genderOfWords([e.descriptor ?? '', ...e.roles].join(' '));
}

function resolveName(m: Mention, people: readonly Person[], at: number): Entity {
  const { full, roles } = fullestName(m.name ?? '', m.roles, people, at);
  const kind: SpeakerKind = isOrganisationName(full) ? 'organisation' : 'person';
  return { speaker: full, kind, plural: false, descriptor: null, head: null, roles };
}

/** The people of one article looked up by the last word and by the key of their names, and the fullest
 *  name of each: every "he" or "she" asks about every person named before it. */
interface PeopleIndex {
  byLastWord: Map<string, Person[]>;
  byKey: Map<string, Person[]>;
  fullest: Map<Person, { full: string; roles: string[] }>;
  /** How many of the people have each fullest name, counted once (see mentionsOf). */
  mentions?: Map<string, number>;
}

const indexes = new WeakMap<readonly Person[], PeopleIndex>();

function indexOf(people: readonly Person[]): PeopleIndex {
  let index = indexes.get(people);
  if (index) return index;
  index = { byLastWord: new Map(), byKey: new Map(), fullest: new Map() };
  for (const p of people) {
    const last = tokensOfName(p.name).at(-1);
    if (last !== undefined) addTo(index.byLastWord, last, p);
    addTo(index.byKey, nameKey(p.name), p);
  }
  indexes.set(people, index);
  return index;
}

/** The people per fullest name, counted once per article: isPassing asks for every candidate of every he/she. */
function mentionsOf(people: readonly Person[]): Map<string, number> {
  const index = indexOf(people);
  if (!index.mentions) {
    index.mentions = new Map();
    for (const p of people) {
      const { full } = fullestNameOf(p, people);
      index.mentions.set(full, (index.mentions.get(full) ?? 0) + 1);
    }
  }
  return index.mentions;
}

function addTo(map: Map<string, Person[]>, key: string, p: Person): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

function fullestNameOf(p: Person, people: readonly Person[]): { full: string; roles: string[] } {
  const { fullest } = indexOf(people);
  let found = fullest.get(p);
  if (!found) fullest.set(p, (found = fullestName(p.name, p.roles, people, p.at)));
  return found;
}

/** "Malahifji" -> "Zakaria Malahifji", the nearest fuller form of the name, with the roles the article
 *  gives every mention of it. */
function fullestName(name: string, mentionRoles: readonly string[], people: readonly Person[], at: number): { full: string; roles: string[] } {
  const index = indexOf(people);
  const short = tokensOfName(name);
  // the nearest to `at`; of two as near, the first named
  let fuller: Person | undefined;
  for (const p of index.byLastWord.get(short.at(-1) ?? '') ?? []) {
    const long = tokensOfName(p.name);
    if (long.length <= short.length || !endsWith(long, short) || isOrganisationName(p.name)) continue;
    if (!fuller || Math.abs(p.at - at) < Math.abs(fuller.at - at)) fuller = p;
  }
  // "Batbayar" after "Batbayar Gombo", "Luis" after "Luis Ferreira": a given name alone, when no one's
  // surname it is
  if (!fuller && short.length === 1) fuller = people.findLast((p) => p.at < at && tokensOfName(p.name).length > 1 && tokensOfName(p.name)[0] === short[0] && !isOrganisationName(p.name));
  const full = fuller?.name ?? name;
  const roles = [...mentionRoles, ...(index.byKey.get(nameKey(full)) ?? []).flatMap((p) => p.roles)];
  return { full, roles: [...new Set(roles)] };
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.length > 0 && short.every((t, k) => long[long.length - short.length + k] === t);
}

/** "U.S. official" matches an earlier "U.S. official"; "official" alone matches any earlier official. */
function compatible(key: string, earlier: string, sameHead: boolean): boolean {
  if (key === earlier) return true;
  if (!sameHead) return false;
  const mine = key.split(' ');
  const theirs = new Set(earlier.split(' '));
  return mine.every((w) => theirs.has(w));
}

/** Everyone the article gave a role, under their fullest name, with all their roles and the mention
 *  nearest `at`: the last before it, or the first after it. */
function roleHolders(ctx: ArticleContext, at: number): RoleHolder[] {
  const byName = new Map<string, RoleHolder & { roles: string[] }>();
  const add = (name: string, roles: readonly string[], mentioned: number): void => {
    const holder = byName.get(name);
    if (!holder) {
      byName.set(name, { name, roles: [...roles], at: mentioned });
      return;
    }
    for (const r of roles) if (!holder.roles.includes(r)) holder.roles.push(r);
    if (mentioned < at ? holder.at >= at || mentioned > holder.at : holder.at >= at && mentioned < holder.at) holder.at = mentioned;
  };
  for (const p of ctx.people) {
    const { full, roles } = fullestNameOf(p, ctx.people);
    add(full, roles, p.at);
  }
  for (const e of ctx.history) if (e.kind === 'person' && e.at !== undefined) add(e.speaker, e.roles, e.at);
  return [...byName.values()].filter((h) => h.roles.length > 0);
}
