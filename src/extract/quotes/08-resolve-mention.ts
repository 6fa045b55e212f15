// Step 8: turn a parsed mention into the speaker the article means, using what came before it.
//   "he said"               -> the last person of that gender quoted, named as speaking or just named
//                              ("the military source"; "Kerr rejected that account. "...," he said" -> Kerr)
//   "It backed that up ..." -> the last organisation that spoke ("The army announced ...")
//   "the UN envoy pledged"  -> the person the article gives that role ("Staffan de Mistura")
//   "the U.S. official"     -> the same unnamed official as "A U.S. official, speaking on condition of anonymity"
//   "read one message"      -> who sent the messages ("The government also sent text messages ...")
//   "Malahifji"             -> the fullest form of the name in the article ("Zakaria Malahifji")

import { DOCUMENT_NOUNS, ORG_WORDS, ROLE_NOUNS } from './lexicon.ts';
import type { Person } from './07-find-people.ts';
import { isOrganisationName } from './name-kind.ts';
import { findSender } from './find-sender.ts';
import { referBack } from './refer-back.ts';
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
  if (m.pronoun) return resolvePronoun(m.pronoun, ctx.history);
  if (m.name && m.plural) return { speaker: m.name, kind: 'group', plural: true, descriptor: null, head: null, roles: m.roles };
  if (m.name) return resolveName(m, ctx.people, at);
  if (!m.descriptor || !m.head) return null;
  if (DOCUMENT_NOUNS.has(m.head)) {
    const sender = findSender(ctx.sentences, m.head, at);
    if (sender) return { speaker: sender, kind: 'document', plural: false, descriptor: m.descriptor, head: m.head, roles: [] };
  }
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
  const speaker = m.anonymous ? `${m.descriptor} (anonymous)` : m.descriptor;
  return { speaker, kind, plural: m.plural, descriptor: m.descriptor, head: m.head, roles: m.roles };
}

function resolvePronoun(pronoun: string, history: readonly Entity[]): Entity | null {
  const last = [...history].reverse();
  if (pronoun === 'i') return last.find(isPersonLike) ?? null;
  if (pronoun === 'it') return last.find((e) => !e.plural && (e.kind === 'organisation' || e.kind === 'document' || e.kind === 'unknown')) ?? null;
  if (pronoun === 'another' || pronoun === 'one') return last.find((e) => e.kind === 'document') ?? last[0] ?? null;
  return last.find((e) => e.plural || e.kind === 'organisation') ?? null;
}

/** The latest person before `at` who can be "he" (or "she"): a speaker met so far or a person the
 *  article named; a speaker wins a tie with the bare mention of the same name. */
function resolvePersonal(want: Gender, ctx: ArticleContext, at: number): Entity | null {
  const named: Entity[] = [];
  for (const p of ctx.people) {
    if (p.at >= at) continue;
    const { full, roles } = fullestNameOf(p, ctx.people);
    // a bare mention counts only when something says it is a "he" or a "she": "Friday", "Commons"
    // never are. The gender is asked first: whether a name is an organisation can cost a parse.
    if (genderOf(full, roles, ctx.votes) !== want || isOrganisationName(p.name) || isOrganisationName(full)) continue;
    named.push({ speaker: full, kind: 'person', plural: false, descriptor: null, head: null, roles: [...roles], at: p.at });
  }
  const spoke = ctx.history.filter((e) => isPersonLike(e) && (e.at ?? 0) < at);
  const candidates = [...named, ...spoke.filter((e) => genderOfEntity(e, ctx.votes) !== (want === 'm' ? 'f' : 'm'))];
  let best: Entity | null = null;
  for (const e of candidates) if (!best || (e.at ?? 0) >= (best.at ?? 0)) best = e;
  return best;
}

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
