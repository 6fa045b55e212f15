// The subject of a clause that names its object before it, ahead of a verb of characterising:
//   `..., which Wayne County Sheriff Tommy Garrett called "the part ..."` -> "Wayne County Sheriff Tommy Garrett"
//   `in a move the Campaign for Better Transport called "another kick ..."` -> "the Campaign for Better Transport"
//   `in what Tilden described as "..."`                                     -> "Tilden"
// The clause's own subject is a capitalised name right before the verb; what stands before it (the
// main clause, or the noun the clause hangs on) speaks no part of the quote. "The mayor called the plan
// "..."" has no such clause and keeps its whole subject.

import { isNameToken } from './name-parts.ts';
import type { Token } from './tokens.ts';

const CHARACTERISING = /^(?:call|calls|called|describe|describes|described|dub|dubs|dubbed|brand|brands|branded|label|labels|labelled|labeled|term|terms|termed|dismiss|dismisses|dismissed)$/;
const INSIDE_NAME = /^(?:of|for|and|the|de|del|du|van|von|al)$/;

/** `[start, end)` narrowed to the name of such a clause, or null. */
export function namedObjectClause(tokens: readonly Token[], start: number, end: number, verb: number): [number, number] | null {
  if (!CHARACTERISING.test(tokens[verb]?.key ?? '') || end - start < 3) return null;
  let from = end;
  while (from > start && (isNameToken(tokens[from - 1] as Token) || (from < end && INSIDE_NAME.test(tokens[from - 1]?.key ?? '')))) from--;
  // "the Campaign ...": a lower-case "the" opens the name, and belongs to it
  while (from < end && INSIDE_NAME.test(tokens[from]?.key ?? '') && tokens[from]?.key !== 'the') from++;
  if (from >= end || from === start || !isNameToken(tokens[end - 1] as Token)) return null;
  const before = tokens[from - 1];
  if (!before) return null;
  // "which/that/what NAME called": a relative clause whose object is the relative word
  if (/^(?:which|that|what|whom)$/.test(before.key)) return [from, end];
  // "a move the Campaign ... called": a noun, then "the" and the name, with no verb between
  if (tokens[from]?.key === 'the' && /^\p{Ll}+$/u.test(before.text) && /^(?:move|decision|plan|proposal|step|policy|deal|bill|law|ruling|measure|change|changes|rise|cut|cuts|increase|situation|attack|attacks|report|idea)$/.test(before.key)) return [from, end];
  return null;
}
