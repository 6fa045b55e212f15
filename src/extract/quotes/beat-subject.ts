// The person a sentence is about, when a quotation follows it with no words of its own about who
// speaks (an "action beat"):
//   `Asked if she would run again, Senator Hale smiled. "Ask me in a year."` -> Senator Hale
//   `The city has spent $2 million on the project. "It's a waste."`          -> no one: a city is no beat

import type { Cue } from './06-find-cue.ts';
import { AUXILIARIES, FUNCTION_WORDS, IRREGULAR_PAST, ROLE_NOUNS } from './lexicon.ts';
import { isNameToken, isTitle } from './name-parts.ts';
import { joinTokens, type Token } from './tokens.ts';

const VERB = /^(?:\p{Ll}+ed|is|was|were|are|has|had|shrugs|smiles|laughs|nods|sighs|pauses|grins|frowns|shakes|looks|leans|points|says)$/u;
const OPENERS = /^(?:\p{Ll}+ed|\p{Ll}+ing|when|after|before|as|while|if|since|once|at|in|on|outside|inside)$/u;

export function beatSubject(tokens: readonly Token[]): Cue | null {
  // "Asked if she would run again," / "Outside the court," opens the sentence before its subject
  const comma = OPENERS.test(tokens[0]?.key ?? '') ? tokens.findIndex((t) => t.text === ',') : -1;
  const from = comma + 1;
  const verb = tokens.findIndex((t, k) => k > from && /^\p{Ll}/u.test(t.text) && (VERB.test(t.key) || IRREGULAR_PAST.has(t.key) || AUXILIARIES.has(t.key)));
  if (verb < 0 || verb - from > 4) return null;
  const subject = tokens.slice(from, verb);
  const last = subject.at(-1);
  if (!last || subject.some((t) => /^[,;:()]$/.test(t.text))) return null;
  const isPerson = /^(he|she)$/.test(last.key) || (ROLE_NOUNS.has(last.key) && /^(the|his|her|their|my|our)$/.test(subject[0]?.key ?? '')) || (isNameToken(last) && !FUNCTION_WORDS.has(last.key) && !isTitle(last) && !ROLE_NOUNS.has(last.key));
  return isPerson ? { kind: 'before', phrase: joinTokens(subject), at: subject[0]?.start ?? 0 } : null;
}
