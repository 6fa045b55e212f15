// The subject of a speech verb that follows "and" is the subject of the verb it is paired with:
//   "The National Weather Service said more rain was expected through Friday and warned of "..."
//     -> "warned" pairs with "said": "The National Weather Service"
//   "Prosecutors said Pettigrew had forged board minutes ... and had described the consultancy as "..."
//     -> "had described" pairs with "had forged": "Pettigrew"

import { AUXILIARIES, IRREGULAR_PAST } from './lexicon.ts';
import type { Token } from './tokens.ts';

const HELPING = /^(has|have|had|is|was|were|are|would|will|could|should|may|might|must|can|did|does|do)$/;

/** `start`..`end` is the phrase before the verb (auxiliaries excluded), `verb` the speech verb. Returns
 *  the bounds of the shared subject, or null when the verb does not follow "and". */
export function coordinatedSubject(tokens: readonly Token[], start: number, end: number, verb: number, isSpeechVerb: (i: number) => boolean): [number, number] | null {
  if (tokens[end - 1]?.key !== 'and' || end - 1 <= start) return null;
  // "and had described" pairs with an earlier "had"; "and never once called" has no verb to pair
  const aux = end < verb && HELPING.test(tokens[end]?.key ?? '') ? tokens[end]?.key : undefined;
  if (aux) {
    // "... Pettigrew had forged ... and had described": the last "had" before "and"
    for (let k = end - 2; k > start; k--) {
      if (tokens[k]?.key !== aux) continue;
      let from = k;
      while (from > start && !isSpeechVerb(from - 1) && !/^(that|,)$/.test(tokens[from - 1]?.key ?? '')) from--;
      return from < k ? [from, k] : null;
    }
    return null;
  }
  // "... said more rain was expected ... and warned": the first speech verb of the clause
  for (let k = start + 1; k < end - 1; k++) {
    if (!isSpeechVerb(k)) continue;
    let stop = k;
    while (stop > start && AUXILIARIES.has(tokens[stop - 1]?.key ?? '')) stop--;
    return stop > start ? [start, stop] : null;
  }
  // "My grandmother cleaned offices ... and never once called it": the words before the first past-tense verb;
  // "When I started on the docks ..., an old-timer named Frank Russo took me aside ... and told me": a
  // clause that opens with "when" is not the one "and" goes on
  let from = start;
  if (SUBORDINATORS.has(tokens[from]?.key ?? '')) {
    while (from < end - 1 && tokens[from]?.text !== ',') from++;
    from++;
  }
  // "The Hop Growers Alliance's September crop estimate puts ... and describes": a verb in the present
  // pairs with the first one of the clause
  const present = /[^s]s$/.test(tokens[verb]?.key ?? '');
  const first = tokens.findIndex((_, k) => k > from && k < end - 1 && (isPastVerb(tokens, k) || (present && isPresentVerb(tokens, k))));
  const subject = tokens.slice(from, first);
  return first > from && first - from <= (present ? 8 : 5) && subject.every((t) => !/^[,;:()]$/.test(t.text)) ? [from, first] : null;
}

/** "puts" after "crop estimate": a lower-case word in "-s" after a noun, not after an article. */
function isPresentVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^\p{Ll}+[^s']s$/u.test(t.text) && !/^(the|a|an|its|his|her|their|our|my|of|and|or)$/.test(tokens[k - 1]?.key ?? '');
}

const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'while', 'since', 'because', 'although', 'though', 'if', 'once', 'until']);

/** "cleaned", "took"; not "named" or "called" before a name ("an old-timer named Frank Russo"). */
function isPastVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\p{Ll}+$/u.test(t.text)) return false;
  if (/^(named|called|nicknamed|dubbed)$/.test(t.key) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return false;
  return /ed$/.test(t.key) || IRREGULAR_PAST.has(t.key);
}
