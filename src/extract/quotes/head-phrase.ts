// An unnamed speaker is named by the head of its description, the way a reader would retell it:
//   "officer at one checkpoint"                                -> "officer"
//   "Western diplomat in Lilongwe"                             -> "Western diplomat"
//   "one head brewer at a large regional brewery"              -> "head brewer"
//   "around 200 supporters of the opposition Democratic Alliance" -> "around 200 supporters"
//   "2022 report"                                              -> "report"
// A capitalised word before the preposition makes a name, which stays whole: "Bank of England".
// A relational noun keeps what it relates to: "head of East Flores district", "spokesperson for the
// ministry", "member of parliament".

import { PREPOSITIONS } from './lexicon.ts';
import { joinTokens, tokenize, type Token } from './tokens.ts';

// "one head brewer": one of a kind, not who; a number of people stays ("several dozen students")
const QUANTITY = /^(?:one|another|a|an|the)$/;
// nouns whose phrase names the speaker only with what follows: "head of ...", "member of ..."
const RELATIONAL = /^(?:head|heads|member|members|spokesperson|spokesman|spokeswoman|representative|representatives|chief|chair|president|director|secretary|minister|leader|friend|friends|relative|relatives|family|mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|one|some|many|most|none|all|several)$/;

const POSTPOSITIVE = /^(?:familiar|close|closer|knowledgeable|briefed|involved|aware|responsible|present|based|loyal|opposed)$/;

/** `anonymous`: the phrase names an unnamed source, whose key drops "one" ("head brewer (anonymous)");
 *  a speaker described in passing keeps it ("said one fan"). */
export function headPhrase(descriptor: string, anonymous = false): string {
  const tokens = tokenize(descriptor);
  let from = 0;
  // "one head brewer", but never the whole phrase ("one") nor a part of a whole ("one of my patients")
  while (anonymous && from < tokens.length - 1 && QUANTITY.test(tokens[from]?.key ?? '') && /^\p{Ll}|^\d/u.test(tokens[from]?.text ?? '') && tokens[from + 1]?.key !== 'of') from++;
  // "2021 review": a year says when, not who
  if (/^(?:19|20)\d\d$/.test(tokens[from]?.text ?? '') && from < tokens.length - 1) from++;
  const cut = tokens.findIndex((t, k) => k > from && PREPOSITIONS.has(t.key) && /^\p{Ll}/u.test(t.text));
  // "person familiar with the plans", "source close to the board": an adjective after the noun makes
  // the phrase it opens part of the description
  const keepAll = cut < 0 || !isCommonNoun(tokens[cut - 1]) || POSTPOSITIVE.test(tokens[cut - 1]?.key ?? '');
  const head = tokens.slice(from, keepAll ? tokens.length : cut);
  return head.length > 0 ? joinTokens(head) : descriptor;
}

/** "diplomat" in "diplomat in Lilongwe"; not "Bank" ("Bank of England") nor "head" ("head of ..."). */
function isCommonNoun(t: Token | undefined): boolean {
  return !!t && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !RELATIONAL.test(t.key);
}
