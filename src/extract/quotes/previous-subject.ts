// "the company" after a sentence that a company opens stands for it, even when its name has no
// organisation word and something else spoke last:
//   `Aegean Line, which owns the tanker, said ...` + `"...," the company said`
//   `Voltenwerk, based in Saxony, has struggled ...` + `The company warned ... "in the near term"`
//   `In a statement, Northstar Cruises said: "..."` + `The company said it had put "..."`

import type { ArticleContext, Entity } from './08-resolve-mention.ts';
import { genderOf } from './gender.ts';

/** The name that opens the sentence before the one at `at` (behind at most a short opening phrase and its
 *  comma), when nothing makes it a person. */
export function previousSubjectBody(ctx: ArticleContext, at: number): Entity | null {
  // the sentences read so far end before the one being read
  const sentence = ctx.sentences.findLast((x) => x.at + x.text.length <= at);
  if (!sentence) return null;
  const opener = ctx.people.find((p) => p.at >= sentence.at && p.at < sentence.at + sentence.text.length && opensClause(sentence.text.slice(0, p.at - sentence.at)));
  if (!opener) return null;
  const after = sentence.text.slice(opener.at - sentence.at + opener.name.length);
  // "Dana Reyes, 41, who ...": an age or "who" makes a person
  if (/^\s*,\s*(?:\d|who\b)/.test(after) || genderOf(opener.name, opener.roles, ctx.votes) !== null) return null;
  if (opener.roles.some((r) => /\b(?:mr|mrs|ms|dr)\b/i.test(r))) return null;
  return { speaker: opener.name, kind: 'organisation', plural: false, descriptor: null, head: null, roles: [], at: opener.at };
}

/** "", "In a statement, ": nothing before the name but an opening phrase closed by a comma. */
function opensClause(before: string): boolean {
  if (before.trim() === '') return true;
  return /^\s*(?:In|On|Late|Early) [\p{L}\d ]{1,30},\s*$/u.test(before);
}
