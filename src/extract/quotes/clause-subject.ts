// A partial quote inside the clause of a named subject, when the only speech verb comes after it and
// shares that subject:
//   `Singapore-based cryptocurrency exchange Vexa suspended all customer withdrawals on Tuesday, citing a
//    "significant liquidity shortfall," and said ...`                     -> "Singapore-based ... Vexa"
//   `..., Tilden referred to members of the Eastfield Civic Association as "professional complainers" and
//    suggested ...`                                                        -> "Tilden"
// The subject is the last name right before a verb in the past, back to a comma or bracket; "the
// council" or "Critics" (no name before the verb) give nothing, and the conjunction's own cue is kept.

import type { Cue } from './06-find-cue.ts';
import { FUNCTION_WORDS, IRREGULAR_PAST } from './lexicon.ts';
import { isNameToken } from './name-parts.ts';
import { joinTokens, type Token } from './tokens.ts';

const MAX_SUBJECT = 6;

export function clauseSubject(tokens: readonly Token[]): Cue | null {
  for (let v = tokens.length - 1; v > 0; v--) {
    const verb = tokens[v] as Token;
    if (!/^\p{Ll}/u.test(verb.text) || !(/\p{L}{3,}ed$/u.test(verb.key) || IRREGULAR_PAST.has(verb.key))) continue;
    const last = tokens[v - 1] as Token;
    if (!isNameToken(last) || FUNCTION_WORDS.has(last.key)) return null;
    let from = v - 1;
    while (from > 0 && !/^[,;:()]$/.test(tokens[from - 1]?.text ?? '')) from--;
    const subject = tokens.slice(from, v);
    if (subject.length > MAX_SUBJECT) return null;
    return { kind: 'before', phrase: joinTokens(subject), at: subject[0]?.start ?? 0 };
  }
  return null;
}
