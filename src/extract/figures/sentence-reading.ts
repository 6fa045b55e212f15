// What one sentence says on its own, before the article around it is read: its tokens (step 2), the
// names it tells of (claimant-context.ts), its claim cues (7) and the figures it states (steps 3-6,
// 9-10). A wire story comes back word for word in every outlet that runs it, so the reading is kept
// under the sentence's text and reused: it is shared by every article with that sentence, so never
// change it.
import { boundedMemo } from '../../core/bounded-memo.ts';
import { tokenize, type Token } from './02-tokenize.ts';
import { isFurnitureSentence } from './05-non-figures.ts';
import { findClaimCues, type ClaimCue } from './07-claim-cues.ts';
import { readSentence, type Candidate } from './11-read-sentence.ts';
import { readNames, type NameNote } from './claimant-context.ts';

export interface SentenceReading {
  readonly tokens: Token[];
  readonly names: readonly NameNote[];
  readonly cues: readonly ClaimCue[];
  /** The figures the sentence states; none in page furniture ("GMT 19:07 2017 Sunday"). */
  readonly candidates: Candidate[];
}

// a briefing of 1,000 articles has some 17,000 sentences, under 8,000 of them different, and a
// reading holds some 7 KB (mostly tokens): 5,000 of them keep four in five of the copies found again
const CACHE_SIZE = 5_000;

export const readSentenceText: (text: string) => SentenceReading = boundedMemo(CACHE_SIZE, (text) => {
  const tokens = tokenize(text);
  const cues = findClaimCues(tokens);
  const candidates = readSentence(tokens, text, new Set(cues.map((c) => c.at)));
  // (most sentences state no number: the page furniture test is left for those that do)
  return { tokens, names: readNames(tokens), cues, candidates: candidates.length > 0 && isFurnitureSentence(text) ? [] : candidates };
});
