// A sentence that opens a paragraph by naming who said the quotation just before it:
//   `"The plant will close by the end of the year."` + `That was the message from Ford's European chief, Stuart Rowley, on Wednesday.`
//   `"Nobody is above the law."` + `So said the chief justice as ...`
//   `"We leave with nothing."` + `That was the verdict of Kofi Mensah, a spokesman for ...`

import type { Cue } from './06-find-cue.ts';
import { SPEECH_NOUNS } from './lexicon.ts';
import { nounPhraseFrom } from './noun-phrase.ts';
import { joinTokens, type Token } from './tokens.ts';

const POINTERS = /^(that|this|those|these|such|so)$/;

export function pointsBack(tokens: readonly Token[]): Cue | null {
  if (!POINTERS.test(tokens[0]?.key ?? '')) return null;
  if (tokens[0]?.key === 'so' && /^(said|says)$/.test(tokens[1]?.key ?? '')) return cueFrom(tokens, 2);
  const noun = tokens.findIndex((t, k) => k < 8 && SPEECH_NOUNS.has(t.key) && /^(from|by|of)$/.test(tokens[k + 1]?.key ?? ''));
  if (noun > 0) return cueFrom(tokens, noun + 2);
  // "That was the assessment of Kofi Mensah, ...", "Such is the view of the council": any noun after the
  // pointer and its verb, when a name follows it
  if (!/^(was|is|were|are)$/.test(tokens[1]?.key ?? '') || !/^(the|a|an)$/.test(tokens[2]?.key ?? '')) return null;
  const of = tokens.findIndex((t, k) => k > 3 && k < 7 && /^(from|by|of)$/.test(t.key));
  const cue = of > 0 && tokens.slice(3, of).every((t) => /^\p{Ll}/u.test(t.text)) ? cueFrom(tokens, of + 1) : null;
  return cue && /^\p{Lu}/u.test(cue.phrase) ? cue : null;
}

function cueFrom(tokens: readonly Token[], from: number): Cue | null {
  // "Ford's European chief, Stuart Rowley," keeps the name set off after the role
  const np = nounPhraseFrom(tokens, from);
  if (np.length === 0) return null;
  const next = from + np.length;
  const named = tokens[next]?.text === ',' ? nounPhraseFrom(tokens, next + 1) : [];
  const phrase = named.length > 0 && tokens[next + 1 + named.length]?.text === ',' ? [...np, tokens[next] as Token, ...named, tokens[next] as Token] : np;
  return { kind: 'after', phrase: joinTokens(phrase), at: np[0]?.start ?? 0 };
}
