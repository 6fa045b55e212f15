// Speaker cues that hang on the shape of the clause rather than on a finite "X said":
//   passive:    `have been described as "a betrayal of tenants" by Labour`      -> Labour
//   label:      `Sevilla coach Javier Molina: "It hurts. ..."`                    -> Javier Molina
//   participle: `Mr Hale defended the timetable, telling MPs ... "done properly"` -> Mr Hale

import type { Cue } from './06-find-cue.ts';
import { AUXILIARIES, IRREGULAR_PAST, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { isOrganisationName } from './name-kind.ts';
import { isNameToken, isTitle } from './name-parts.ts';
import { nounPhraseFrom } from './noun-phrase.ts';
import { joinTokens, type Token } from './tokens.ts';

const PASSIVE = /^(be|been|being|is|are|was|were)$/;
const PARTICIPLES = new Set(['saying', 'telling', 'adding', 'warning', 'insisting', 'arguing', 'noting', 'calling', 'describing', 'declaring', 'stressing', 'claiming', 'accusing', 'urging', 'writing']);
const FINITE = /^(?:\p{L}+ed|is|was|were|are|has|had|have|will|would|could|can|did|does)$/u;

/** `described as "..." by Labour`: a passive speech verb whose agent follows the quote. */
export function passiveAgent(before: readonly Token[], verb: number, after: readonly Token[]): Cue | null {
  if (!PASSIVE.test(before[verb - 1]?.key ?? '') || after[0]?.key !== 'by') return null;
  const np = nounPhraseFrom(after, 1);
  return np.length > 0 ? { kind: 'after', phrase: joinTokens(np), at: np[0]?.start ?? 0 } : null;
}

/** `Asked by a reporter, "Would you go back?"`: a speech verb opening its clause with "by" after it
 *  names who spoke, not the subject that comes later ("... Harmon paused"). */
export function byAgent(before: readonly Token[], verb: number): Cue | null {
  if (before[verb + 1]?.key !== 'by' || (verb > 0 && before[verb - 1]?.text !== ',') || before.at(-1)?.text !== ',') return null;
  const np = nounPhraseFrom(before, verb + 2);
  return np.length > 0 && verb + 2 + np.length === before.length - 1 ? { kind: 'before', phrase: joinTokens(np), at: np[0]?.start ?? 0 } : null;
}

/** `Valencia captain Marta Ibáñez: "Nobody gave up."`: a paragraph that opens with a person's name (and
 *  role) and a colon. A place or a topic ("Aleppo:", "Syria:") is not a speaker. */
export function labelCue(tokens: readonly Token[], text: string): Cue | null {
  if (!/:\s*$/.test(text) || tokens.length > 9) return null;
  const label = tokens.slice(0, -1);
  if (label.length < 2 || label.some((t) => /^[,;:()]$/.test(t.text) || FINITE.test(t.key) || AUXILIARIES.has(t.key))) return null;
  const name = label.slice(label.findLastIndex((t) => !isNameToken(t) || isTitle(t) || ROLE_NOUNS.has(t.key)) + 1);
  if (name.length < 2 || isOrganisationName(joinTokens(name))) return null;
  return { kind: 'colon', phrase: joinTokens(label), at: label[0]?.start ?? 0 };
}

/** `Mr Hale defended the timetable, telling MPs that the changes had to be "done properly"`: the
 *  subject of the sentence, before its first verb. */
export function participleCue(tokens: readonly Token[]): Cue | null {
  // `The association put out a statement last week saying new cranes are "..."`: a written thing
  // "saying" it stands for its author, with or without a comma
  const p = tokens.findLastIndex((t, i) => PARTICIPLES.has(t.key) && (tokens[i - 1]?.text === ',' || tokens.slice(Math.max(0, i - 4), i).some((w) => SPEECH_NOUNS.has(w.key))));
  if (p < 0) return null;
  const verb = tokens.findIndex((t, i) => i > 0 && (FINITE.test(t.key) || AUXILIARIES.has(t.key) || SPEECH_VERBS.has(t.key) || IRREGULAR_PAST.has(t.key)));
  if (verb < 1 || verb > p) return null;
  // "That friend, Dale Sutter, 34, declined ..., saying": a name, age or role set off by commas
  // belongs to the subject; its closing comma stays for the mention to read
  const commas = tokens.slice(0, verb).some((t) => /^[,;:()]$/.test(t.text));
  if (commas ? verb > 12 || tokens[verb - 1]?.text !== ',' || tokens.slice(0, verb).some((t) => /^[;:()]$/.test(t.text)) : verb > 6) return null;
  const subject = tokens.slice(0, verb);
  return { kind: 'before', phrase: joinTokens(subject), at: subject[0]?.start ?? 0 };
}
