// Step 12: who claims each sentence's statements, read in article order so that "he said" points to
// the last person who spoke; a quoted sentence with no cue of its own ("There is only so much they
// can endure.") takes the speaker of the quote it belongs to.
import type { Token } from './02-tokenize.ts';
import type { ClaimCue } from './07-claim-cues.ts';
import { isPersonName, resolveClaimant, type SpeakerState } from './08-resolve-claimant.ts';
import type { ClaimantContext } from './claimant-context.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { isPluralNoun } from './word-classes.ts';

export interface ResolvedCue extends ClaimCue {
  claimant: string;
}

export interface SentenceAttribution {
  cues: ResolvedCue[];
  /** For a quoted sentence without cues: the quote's speaker. */
  quoteSpeaker: string | null;
}

interface SentenceIn {
  tokens: Token[];
  /** findClaimCues of the tokens. */
  cues: readonly ClaimCue[];
  text: string;
  index: number;
  paragraph: number;
}

const OPEN_QUOTE = /^["“‘']/;

export function attributeSentences(sentences: SentenceIn[], ctx: ClaimantContext): SentenceAttribution[] {
  const state: SpeakerState = { lastPerson: null, lastSource: null, lastOrg: null };
  let previousCues: ResolvedCue[] = [];
  const out: SentenceAttribution[] = sentences.map((s) => {
    const found = s.cues;
    state.subjectOrg = found.some((c) => BACK_REFERENCE.test(c.source)) ? subjectOrg(s.tokens, s.index, ctx, state) : null;
    const cues = found.map((cue) => {
      const claimant = resolveClaimant(cue.source, s.index, ctx, state);
      if (isPersonName(claimant, ctx)) state.lastPerson = claimant;
      // ("Landlords say ..." opens with a common noun, not a name; "according to LSEG data" is a record, not who "the company" is)
      else if (/^\p{Lu}/u.test(claimant) && cue.kind !== 'according' && !(isPluralNoun(claimant.toLowerCase()) && !claimant.includes(' '))) state.lastOrg = claimant;
      state.lastSource = claimant;
      return { ...cue, claimant };
    });
    // "The World Health Organization said ... It urged donors to release $42.8 million": the same source goes on
    const goesOn = !cues.length && /^(It|They)$/.test(s.tokens[0]?.text ?? '') ? previousCues[previousCues.length - 1]?.claimant ?? null : null;
    if (!cues.length) noteSubject(s.tokens, s.index, ctx, state);
    previousCues = cues;
    return { cues, quoteSpeaker: goesOn };
  });
  // quoted sentences without a cue: the cue of the neighbouring sentence of the same quote
  let open = false;
  sentences.forEach((s, i) => {
    const previous = sentences[i - 1];
    if (!previous || previous.paragraph !== s.paragraph) open = false;
    const quoted = open || OPEN_QUOTE.test(s.text);
    open = quoteOpenAfter(s.text, open);
    const here = out[i] as SentenceAttribution;
    if (!quoted || here.cues.length) return;
    here.quoteSpeaker = neighbourSpeaker(sentences, out, i);
  });
  return out;
}

/** "Amina Abdallah arrived at the border ...": the person a later "she said" points back to. */
function noteSubject(tokens: Token[], index: number, ctx: ClaimantContext, state: SpeakerState): void {
  const subject = sentenceSubject(tokens);
  if (!subject || /^(he|she|it|they|we)$/i.test(subject)) return;
  const name = resolveClaimant(subject, index, ctx, { ...state });
  if (isPersonName(name, ctx)) state.lastPerson = name;
  else if (ctx.orgs.some((o) => o.name === name) || /\p{Lu}\S*\s+\p{Lu}/u.test(name)) state.lastOrg = name;
}

/** "the club", "the company": a description that points back to an organisation. */
const BACK_REFERENCE = /^(the|its)\s+\p{Ll}+$/u;

/** The organisation that opens the sentence, if it opens with one. */
function subjectOrg(tokens: Token[], index: number, ctx: ClaimantContext, state: SpeakerState): string | null {
  const subject = sentenceSubject(tokens);
  if (!subject || /^(he|she|it|they|we|the|a|an)$/i.test(subject)) return null;
  const name = resolveClaimant(subject, index, ctx, { ...state, subjectOrg: null });
  // ("Lusaka accounts for ..., according to the ministry": a one-word subject is as often a place)
  return /^\p{Lu}\S*\s+\p{Lu}/u.test(name) && !isPersonName(name, ctx) ? name : null;
}

function neighbourSpeaker(sentences: SentenceIn[], out: SentenceAttribution[], i: number): string | null {
  const paragraph = (sentences[i] as SentenceIn).paragraph;
  for (let j = i + 1; j < sentences.length && (sentences[j] as SentenceIn).paragraph === paragraph; j++) {
    const cue = (out[j] as SentenceAttribution).cues.find((c) => c.kind === 'verb');
    if (cue) return cue.claimant;
  }
  for (let j = i - 1; j >= 0 && (sentences[j] as SentenceIn).paragraph === paragraph; j--) {
    const cue = (out[j] as SentenceAttribution).cues.find((c) => c.kind === 'verb');
    if (cue) return cue.claimant;
  }
  return null;
}

/** Whether a quotation is still open after `text`: curly quotes by balance, straight ones by parity. */
function quoteOpenAfter(text: string, open: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c) open = true; // “
    else if (ch === 0x201d) open = false; // ”
    else if (ch === 34) open = !open; // "
  }
  return open;
}
