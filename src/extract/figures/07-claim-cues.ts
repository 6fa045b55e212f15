// Step 7: where a sentence says who claims what: "de Mistura said", "said Staffan de Mistura",
// "according to UN estimates", "claims by Ankara that", "the state Sana news agency reported".
import { isWord, type Token } from './02-tokenize.ts';

export interface ClaimCue {
  /** Token index of the cue word ("said", "according"). */
  at: number;
  /** The source as written: "UN envoy Staffan de Mistura", "The observatory", "he". */
  source: string;
  kind: 'according' | 'by' | 'verb';
}

const SPEECH_VERBS = new Set(
  ('said says say told tells reported reports estimated estimates estimate claimed claims stated states noted ' +
    'notes added adds warned warns announced announces offered offers confirmed confirms insisted explained wrote ' +
    'writes predicted pledged acknowledged admitted argued believes believed tweeted').split(' '),
);
/** Between a source and its verb: "has said", "also said", "have previously said". */
const AUXILIARIES = new Set('has have had also previously earlier later separately further again would will had then has'.split(' '));
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Nouns that carry a source after "by" / "from": "claims by Ankara", "estimates from the UN". */
const CLAIM_NOUNS = new Set('claims claim estimates estimate figures figure data statistics reports report count tally statement calculations'.split(' '));
const BOUNDARY = /^[,;:()“”"‘’'«»—–|]$/;
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'as', 'while', 'but', 'because', 'although', 'though', 'when', 'after', 'before', 'if', 'since', 'and']);
const MAX_SOURCE_TOKENS = 10;

export function findClaimCues(tokens: Token[]): ClaimCue[] {
  const cues: ClaimCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = spanAfter(tokens, i + 2);
      if (source) cues.push({ at: i, source, kind: 'according' });
    } else if (CLAIM_NOUNS.has(t.lower) && /^(by|from)$/.test(tokens[i + 1]?.lower ?? '')) {
      const source = spanAfter(tokens, i + 2);
      if (source && /\p{Lu}/u.test(source)) cues.push({ at: i, source, kind: 'by' });
    } else if (SPEECH_VERBS.has(t.lower) && isWord(t)) {
      const source = sourceOfVerb(tokens, i);
      if (source) cues.push({ at: i, source, kind: 'verb' });
    }
  }
  return cues;
}

/** The source of the speech verb at `v`: before it ("de Mistura said") or, after a quote, after it ("said Staffan de Mistura"). */
function sourceOfVerb(tokens: Token[], v: number): string | null {
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has((tokens[k] as Token).lower)) k--;
  if (k >= 0 && PASSIVE.has((tokens[k] as Token).lower)) return null; // "was said to"
  const before = k < 0 ? null : tokens[k];
  if (before && CLAUSE_WORDS.has(before.lower)) return null; // "a group that reports on the war"
  if (!before || BOUNDARY.test(before.text)) {
    // '," said Staffan de Mistura, invoking': the source follows
    const after = spanAfter(tokens, v + 1);
    if (after && /^(\p{Lu}|the |a |an )/u.test(after) && !/^(that|it|he|she|they)\b/i.test(after)) return after;
    // "The Syrian Observatory for Human Rights, a Britain-based group ..., said": skip the apposition
    if (before?.text === ',') return appositionHead(tokens, k);
    return null;
  }
  let start = k;
  while (start > 0 && k - start < MAX_SOURCE_TOKENS) {
    const prev = tokens[start - 1] as Token;
    if (BOUNDARY.test(prev.text) || CLAUSE_WORDS.has(prev.lower) && prev.lower !== 'and') break;
    if (prev.text === '.' && !isAbbreviationDot(tokens, start - 1)) break;
    start--;
  }
  const text = join(tokens, start, k);
  if (/\d/.test(text)) return null;
  return text;
}

/** "X, a Britain-based group that reports on the war, said": X. */
function appositionHead(tokens: Token[], comma: number): string | null {
  let k = comma - 1;
  while (k >= 0 && (tokens[k] as Token).text !== ',') k--;
  if (k <= 0) return null;
  let start = k - 1;
  while (start > 0 && !BOUNDARY.test((tokens[start - 1] as Token).text) && k - start < MAX_SOURCE_TOKENS) start--;
  const text = join(tokens, start, k - 1);
  return /\p{Lu}/u.test(text) && !/\d/.test(text) ? text : null;
}

/** The phrase from `k` to the next boundary: "according to UN estimates, and ..." -> "UN estimates". */
function spanAfter(tokens: Token[], k: number): string | null {
  let end = k;
  while (end < tokens.length && end - k < MAX_SOURCE_TOKENS) {
    const t = tokens[end] as Token;
    if (BOUNDARY.test(t.text) || (t.text === '.' && !isAbbreviationDot(tokens, end)) || /^(that|who|which|in|on|at|to|as|when|after|before|while|and)$/.test(t.lower) && end > k) break;
    end++;
  }
  return end > k ? join(tokens, k, end - 1) : null;
}

/** The "." of "U.S." is inside the token; a "." token after a capital abbreviation like "Gen" is too. */
function isAbbreviationDot(tokens: Token[], k: number): boolean {
  return /^(Gen|Brig|Col|Lt|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|St|Jr|Sr)$/.test(tokens[k - 1]?.text ?? '');
}

function join(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    out += (k > from && t.space ? ' ' : '') + t.text;
  }
  return out.trim();
}

/** Among the cues, the one that governs a figure at token `p`: "according to" first, then the nearest before, then after. */
export function governingCue(cues: ClaimCue[], p: number): ClaimCue | null {
  const according = cues.filter((c) => c.kind === 'according');
  const pool = according.length ? according : cues;
  let best: ClaimCue | null = null;
  for (const c of pool) if (c.at < p && (!best || c.at > best.at)) best = c;
  if (best) return best;
  for (const c of pool) if (c.at > p && (!best || c.at < best.at)) best = c;
  return best;
}
