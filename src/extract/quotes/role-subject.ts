// A person named by a role at the head of a sentence that quotes no one, so that a "he" or "she" in the
// next quote can point back to them:
//   `The opposition leader was unmoved. "Let him show us the numbers," he said.` -> the opposition leader
//   `My grandmother cleaned offices ... "You do the work ...," she used to tell me.` -> my grandmother

import type { Cue } from './06-find-cue.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { joinTokens, type Token } from './tokens.ts';

const OPENERS = /^(the|my|his|her|our|their)$/;
const FINITE = /^(?:\p{L}+ed|is|was|were|are|has|had|have|will|would|could|can|did|does|remains|seemed|looked|sat|stood|kept|took|made|left|went|came|spent|ran|held|felt|knew|got|gave|wore|sounds|seems)$/u;

export function roleSubject(tokens: readonly Token[], at: number): Cue | null {
  if (!OPENERS.test(tokens[0]?.key ?? '')) return null;
  for (let k = 1; k <= 4 && k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!t || /^[,;:()]$/.test(t.text)) return null;
    if (ROLE_NOUNS.has(t.key) && FINITE.test(tokens[k + 1]?.key ?? '')) {
      return { kind: 'before', phrase: joinTokens(tokens.slice(0, k + 1)), at: tokens[0]?.start ?? at };
    }
  }
  return null;
}
