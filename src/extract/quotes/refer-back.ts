// Definite descriptions that point back to a speaker the article has already introduced:
//   `Japan and South Korea agreed ...` + `the two countries said`        -> "Japan and South Korea"
//   `Amnesty International, in a statement ..., urged` + `the statement read` -> Amnesty International
//   `... Amnesty International ... urged` + `The group also called on`      -> Amnesty International

import type { ArticleContext, Entity } from './08-resolve-mention.ts';
import { DOCUMENT_NOUNS, ORG_WORDS, ROLE_NOUNS } from './lexicon.ts';
import { nameKey, tokensOfName } from './name-key.ts';
import type { Person } from './07-find-people.ts';
import { isOrganisationName } from './name-kind.ts';
import type { Mention } from './types.ts';

const PAIR = /(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}) and (?:the )?(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3})/gu;

export function referBack(m: Mention, ctx: ArticleContext, at: number, earlier: Entity | undefined): Entity | null {
  if (!m.descriptor || !m.head || !isDefinite(m.raw, m.descriptor)) return null;
  if (m.plural && /^(two|both|couple|pair|duo)\b/i.test(m.descriptor)) return lastPair(ctx, at, m);
  if (!m.plural && DOCUMENT_NOUNS.has(m.head)) return [...ctx.history].reverse().find((e) => e.kind !== 'document' && (e.at ?? 0) < at) ?? null;
  if (!m.plural && ORG_WORDS.has(m.head)) {
    // "The human rights organisation Amnesty International": a role with an organisation word
    // ("a Turkey-based official for the Fastaqim group" is a person's role, not an organisation's)
    // ("who heads the agency's communicable diseases department" says what a person does)
    const isOrgRole = (r: string): boolean => {
      const w = r.toLowerCase().split(/\s+/);
      return ORG_WORDS.has(w.at(-1) ?? '') && !w.some((x) => ROLE_NOUNS.has(x)) && !/^(who|whose|which|that)$/.test(w[0] ?? '');
    };
    // "the ministry" is no "Pan American Health Organization"; "the group" can be any organisation
    const head = m.head;
    const fits = (e: Entity): boolean => GENERIC_ORG_HEADS.has(head) || [e.speaker, ...e.roles].some((r) => tokensOfName(r).includes(head));
    const isOrg = (e: Entity): boolean => (e.kind === 'organisation' || e.roles.some(isOrgRole)) && fits(e);
    const named = [...ctx.history].reverse().find((e) => isOrg(e) && e.descriptor === null && !e.plural && (e.at ?? 0) < at) ?? namedOrganisation(ctx, head, at, m.descriptor);
    return named && (named.at ?? 0) > (earlier?.at ?? -1) ? named : null;
  }
  return null;
}

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
