// Definite descriptions that point back to a speaker the article has already introduced:
//   `Japan and South Korea agreed ...` + `the two countries said`        -> "Japan and South Korea"
//   `Amnesty International, in a statement ..., urged` + `the statement read` -> Amnesty International
//   `... Amnesty International ... urged` + `The group also called on`      -> Amnesty International

import type { ArticleContext, Entity } from './08-resolve-mention.ts';
import { DOCUMENT_NOUNS, ORG_WORDS, PREPOSITIONS, ROLE_NOUNS } from './lexicon.ts';
import { genderOf } from './gender.ts';
import { nameKey, tokensOfName } from './name-key.ts';
import type { Person } from './07-find-people.ts';
import { isOrganisationName } from './name-kind.ts';
import { previousSubjectBody } from './previous-subject.ts';
import { sentenceAt } from './sentence-at.ts';
import type { Mention } from './types.ts';

const PAIR = /(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}) and (?:the )?(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3})/gu;

export function referBack(m: Mention, ctx: ArticleContext, at: number, earlier: Entity | undefined): Entity | null {
  if (!m.descriptor || !m.head || !isDefinite(m.raw, m.descriptor)) return null;
  if (m.plural && /^(two|both|couple|pair|duo)\b/i.test(m.descriptor)) return lastPair(ctx, at, m);
  if (!m.plural && DOCUMENT_NOUNS.has(m.head)) return [...ctx.history].reverse().find((e) => e.kind !== 'document' && (e.at ?? 0) < at) ?? null;
  if (!m.plural && (ORG_WORDS.has(m.head) || BODY_HEADS.has(m.head))) return bodyReferredTo(m.head, m.descriptor, ctx, at, earlier);
  return null;
}

/** "the party", "the company", "the utility": the organisation the article last named that the noun
 *  fits, unless an indefinite "a group calling itself ..." brought in a new one since. */
function bodyReferredTo(head: string, descriptor: string, ctx: ArticleContext, at: number, earlier: Entity | undefined): Entity | null {
  // "The human rights organisation Amnesty International": a role with an organisation word
  // ("a Turkey-based official for the Fastaqim group" is a person's role, not an organisation's)
  // ("who heads the agency's communicable diseases department" says what a person does)
  // ("a regional administrator for the Environmental Protection Agency" says where a person works)
  const isOrgRole = (r: string): boolean => {
    const w = r.toLowerCase().split(/\s+/);
    return ORG_WORDS.has(w.at(-1) ?? '') && !w.some((x) => ROLE_NOUNS.has(x) || PREPOSITIONS.has(x)) && !/^(who|whose|which|that)$/.test(w[0] ?? '');
  };
  // "the ministry" is no "Pan American Health Organization"; "the group" can be any organisation
  const generic = GENERIC_ORG_HEADS.has(head) || BODY_HEADS.has(head);
  if (BUSINESS_HEADS.has(head) || BODY_HEADS.has(head)) {
    const opener = previousSubjectBody(ctx, at);
    if (opener && (opener.at ?? 0) > (earlier?.at ?? -1)) return opener;
  }
  const fits = (e: Entity): boolean => generic || [e.speaker, ...e.roles].some((r) => tokensOfName(r).includes(head));
  const isOrg = (e: Entity): boolean => (e.kind === 'organisation' || e.roles.some(isOrgRole)) && fits(e);
  const before = (e: Entity | null | undefined): e is Entity => !!e && (e.at ?? 0) < at;
  const found = [
    [...ctx.history].reverse().find((e) => isOrg(e) && e.descriptor === null && !e.plural && before(e)),
    namedOrganisation(ctx, head, at, descriptor),
    namedInApposition(ctx, head, at),
    generic ? lastBody(ctx, at) : null,
  ].filter(before);
  // the most recent of those the noun names, else of any body
  const named = found.slice(0, 3).reduce<Entity | null>((a, e) => (!a || (e.at ?? 0) > (a.at ?? 0) ? e : a), null) ?? found[3] ?? null;
  if (!named || (named.at ?? 0) <= (earlier?.at ?? -1)) return null;
  return introducedSince(ctx, head, named.at ?? 0, at) ? null : named;
}

/** `A group calling itself "Night Lotus" has claimed ...` + `the group said`: a new one, not a body named
 *  before it. */
function introducedSince(ctx: ArticleContext, head: string, from: number, at: number): boolean {
  const indefinite = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu');
  return ctx.sentences.some((x) => x.at > from && x.at < at && indefinite.test(x.text));
}

/** `The main opposition party, the Movement for Democratic Renewal (MRD), rejected ...` + `the party
 *  said`; `Acme Corp, the Ohio-based company, said` + `the company`: a name set beside the noun. */
function namedInApposition(ctx: ArticleContext, head: string, at: number): Entity | null {
  // the name may begin before the part the article's people list keeps ("the Movement for Democratic Renewal")
  const nounBefore = new RegExp(`\\b${head},\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.&'’-]*|of|for|and|the)\\s+){0,4}$`, 'iu');
  const nounAfter = new RegExp(`^(?:\\s*\\([^)]*\\))?,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}${head}\\b`, 'iu');
  for (let k = ctx.people.length - 1; k >= 0; k--) {
    const p = ctx.people[k] as Person;
    if (p.at >= at) continue;
    const sentence = sentenceAt(ctx.sentences, p.at);
    if (!sentence) continue;
    const offset = p.at - sentence.at;
    const after = sentence.text.slice(offset + p.name.length);
    if (nounBefore.test(sentence.text.slice(0, offset)) || nounAfter.test(after)) return { speaker: p.name, kind: 'organisation', plural: false, descriptor: null, head: null, roles: [], at: p.at };
  }
  return null;
}

/** The last organisation met: one that spoke ("Westlink said", "a Westlink spokesperson said"), or a name
 *  with an organisation word or in capitals ("the National Transportation Safety Board", "NTSB"). */
function lastBody(ctx: ArticleContext, at: number): Entity | null {
  const spoke = [...ctx.history].reverse().find((e) => (e.at ?? 0) < at && !e.plural && (e.kind === 'organisation' || SPOKESPERSON.test(e.speaker) || (e.kind === 'person' && !e.speaker.includes(' ') && e.roles.length === 0 && genderOf(e.speaker, e.roles, ctx.votes) === null)));
  const body = spoke ? { ...spoke, speaker: spoke.speaker.replace(SPOKESPERSON, ''), kind: 'organisation' as const, descriptor: null, head: null } : null;
  const named = ctx.people.findLast((p) => p.at < at && (tokensOfName(p.name).some((w) => ORG_WORDS.has(w) || BODY_NAME_WORDS.has(w)) || isAcronym(p, ctx)) && isOrganisationName(p.name));
  if (!named || (body && (body.at ?? 0) >= named.at)) return body;
  return { speaker: named.name, kind: 'organisation', plural: false, descriptor: null, head: null, roles: [], at: named.at };
}

/** "NTSB", not the dateline "LIMA, Nov 3 (Reuters) -". */
function isAcronym(p: Person, ctx: ArticleContext): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(p.name)) return false;
  const sentence = sentenceAt(ctx.sentences, p.at);
  return !sentence || !/^\s*,/.test(sentence.text.slice(p.at - sentence.at + p.name.length));
}

/** Words that end a company's or a public body's name besides the organisation words. */
const BODY_NAME_WORDS = new Set(['board', 'sa', 'ab', 'ag', 'plc', 'llc', 'corp', 'co', 'gmbh', 'nv', 'holdings', 'trust', 'power', 'energy', 'airlines', 'airways', 'motors', 'labs', 'systems', 'technologies', 'partners']);

const SPOKESPERSON = /\s*\((?:spokesperson|spokesman|spokeswoman)\)$/;

/** "the utility", "the carrier": nouns that stand for a business named before. */
const BODY_HEADS = new Set(['utility', 'firm', 'carrier', 'airline', 'insurer', 'lender', 'retailer', 'operator', 'manufacturer', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'broadcaster', 'publisher', 'charity', 'startup', 'conglomerate', 'bloc']);

/** "the association" -> the last name before it that ends in the word: "we contacted the Atlantic and
 *  Gulf Port Employers Association, whose spokesman ..." (the organisation never spoke itself). */
function namedOrganisation(ctx: ArticleContext, head: string, at: number, descriptor: string): Entity | null {
  if (descriptor.toLowerCase() !== head) return null;
  // "Conservatives in the Fiscal Integrity Caucus said ..." + "the group said": "group" is any body of members
  const fits = (last: string | undefined): boolean => last === head || (head === 'group' && MEMBER_BODIES.has(last ?? ''));
  const person = ctx.people.findLast((p) => p.at < at && fits(tokensOfName(p.name).at(-1)) && isOrganisationName(p.name));
  return person ? { speaker: person.name, kind: 'organisation', plural: false, descriptor: null, head: null, roles: [], at: person.at } : null;
}

const MEMBER_BODIES = new Set(['caucus', 'association', 'committee', 'council', 'federation', 'league', 'network', 'alliance',
  'coalition', 'union', 'movement', 'party', 'front', 'society', 'campaign', 'foundation', 'institute', 'group', 'club', 'organisation', 'organization']);

/** "the company", "the firm": a business, which the sentence before may name without an organisation word. */
const BUSINESS_HEADS = new Set(['company', 'corporation', 'firm']);

const GENERIC_ORG_HEADS = new Set(['group', 'organisation', 'organization', 'agency', 'company', 'corporation', 'body', 'network', 'alliance', 'coalition', 'movement', 'service', 'services', 'union']);

/** "..., the two countries" ends with "the" and the descriptor. */
function isDefinite(raw: string, descriptor: string): boolean {
  const tail = raw.replace(/[\s,;:]+$/, '');
  return tail.toLowerCase().endsWith(` ${descriptor.toLowerCase()}`) && /\bthe$/i.test(tail.slice(0, -descriptor.length).trim());
}

/** The latest "X and Y" of two capitalised names read before `at`. */
function lastPair(ctx: ArticleContext, at: number, m: Mention): Entity | null {
  for (const sentence of [...ctx.sentences].reverse()) {
    if (sentence.at > at) continue;
    const pair = [...sentence.text.matchAll(PAIR)].at(-1);
    if (pair) return { speaker: `${pair[1]} and ${pair[2]}`, kind: 'group', plural: true, descriptor: m.descriptor, head: m.head, roles: [] };
  }
  // "Maria Fuentes said ... Her husband, José Fuentes, said ..." + "the couple said": two of one surname
  const before = ctx.people.filter((p) => p.at < at && tokensOfName(p.name).length > 1);
  for (let i = before.length - 1; i > 0; i--) {
    const last = before[i] as Person;
    const surname = tokensOfName(last.name).at(-1);
    const partner = before.slice(0, i).findLast((p) => tokensOfName(p.name).at(-1) === surname && nameKey(p.name) !== nameKey(last.name));
    if (partner) return { speaker: `${partner.name} and ${last.name}`, kind: 'group', plural: true, descriptor: m.descriptor, head: m.head, roles: [] };
  }
  return null;
}
