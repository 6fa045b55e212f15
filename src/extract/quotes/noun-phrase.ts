// The noun phrase that names a speaker after a word that introduces one: "said a spokesperson for the
// ministry, who ...", "according to the European Centre for Disease Prevention and Control (ECDC)".

import { PREPOSITIONS, ROLE_NOUNS } from './lexicon.ts';
import { isCapitalized, type Token } from './tokens.ts';

const STOPS = /^(who|which|that|in|at|on|to|during|before|after|as|when|while|from|with)$/;
/** "WHO", "UN": capitals make an acronym of a word that is otherwise a clause opener. */
export const isAcronym = (t: Token | undefined): boolean => !!t && /^\p{Lu}{2,}$/u.test(t.text);

/** Up to a comma, clause or preposition; a role keeps its "for"/"of" ("a spokesperson for the ministry"),
 *  and so does a proper name ("Centre for Disease Prevention and Control", "University of East Anglia"). */
export function nounPhraseFrom(tokens: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < tokens.length && out.length < 10; i++) {
    const t = tokens[i];
    // "said one fan outside the stadium": a place or time after the speaker is no part of them
    if (!t || /^[,;:()]$/.test(t.text) || ((STOPS.test(t.key) || (PREPOSITIONS.has(t.key) && !/^(of|for)$/.test(t.key))) && !isAcronym(t))) break;
    if (/^(of|for)$/.test(t.key) && !ROLE_NOUNS.has(out[out.length - 1]?.key ?? '') && !insideName(tokens, i)) break;
    out.push(t);
  }
  return out;
}

/** "Centre for Disease": a small word between two capitalised ones. */
export function insideName(tokens: readonly Token[], i: number): boolean {
  return isCapitalized(tokens[i - 1]?.text ?? '') && isCapitalized(tokens[i + 1]?.text ?? '');
}
