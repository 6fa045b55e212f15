// Step 7: where a sentence says who claims what: "de Mistura said", "said Staffan de Mistura",
// "according to UN estimates", "claims by Ankara that", "the state Sana news agency reported".
import { isWord, type Token } from './02-tokenize.ts';
import { sentenceSubject } from './sentence-subject.ts';

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
    'writes predicted pledged acknowledged admitted argued believes believed tweeted show shows showed found finds ' +
    'suggest suggests suggested indicated indicates').split(' '),
);
/** ", saying ...": a cue whose source is the subject of the sentence. */
const PARTICIPLES = new Set('saying telling adding noting warning insisting arguing claiming estimating reporting'.split(' '));
/** Between a source and its verb: "has said", "also said", "have previously said". */
const AUXILIARIES = new Set('has have had also previously earlier later separately further again would will had then has'.split(' '));
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Nouns that carry a source after "by" / "from": "claims by Ankara", "estimates from the UN". */
const CLAIM_NOUNS = new Set('claims claim estimates estimate figures figure data statistics reports report count tally statement calculations'.split(' '));
const BOUNDARY = /^[,;:()“”"‘’'«»—–|]$/;
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'as', 'while', 'but', 'because', 'although', 'though', 'when', 'after', 'before', 'if', 'since', 'and']);
const MAX_SOURCE_TOKENS = 10;
/** Every word a cue can stand at: most words of a sentence are passed over with one look-up. */
const CUE_WORDS = new Set(['according', ...CLAIM_NOUNS, ...SPEECH_VERBS, ...PARTICIPLES]);

export function findClaimCues(tokens: Token[]): ClaimCue[] {
  const cues: ClaimCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!CUE_WORDS.has(t.lower)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = nameAfterComma(tokens, i + 2) ?? spanAfter(tokens, i + 2);
      if (source) cues.push({ at: i, source, kind: 'according' });
    } else if (CLAIM_NOUNS.has(t.lower) && /^(by|from)$/.test(tokens[i + 1]?.lower ?? '')) {
      const source = spanAfter(tokens, i + 2);
      if (source && /\p{Lu}/u.test(source)) cues.push({ at: i, source, kind: 'by' });
    } else if (SPEECH_VERBS.has(t.lower) && isWord(t) && !isNounUse(tokens, i)) {
      // "hailed a "historic night" and said more than 1.1 million": the sentence's subject said it
      const subject = tokens[i - 1]?.lower === 'and' ? sentenceSubject(tokens) : null;
      const source = subject ?? sourceOfVerb(tokens, i);
      if (source) cues.push({ at: i, source, kind: 'verb' });
    } else if (PARTICIPLES.has(t.lower) && tokens[i - 1]?.text === ',') {
      // "The Turkish Red Crescent put the toll far higher, saying more than 2,000 people had been killed"
      const source = sentenceSubject(tokens);
      if (source) cues.push({ at: i, source, kind: 'verb' });
    }
  }
  return cues;
}

/** Words before a noun: "in some states", "the United States", "police reports", "UN estimates show". */
const DETERMINERS = new Set('the a an some many all these those several other its their his her our of in on for from by'.split(' '));

/** "in some states stretched", "the United States lives": the verb's spelling used as a noun or a name. */
function isNounUse(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (i > 0 && t.capital) return true;
  return /s$/.test(t.lower) && DETERMINERS.has(tokens[i - 1]?.lower ?? '');
}

/** The source of the speech verb at `v`: before it ("de Mistura said") or, after a quote, after it ("said Staffan de Mistura"). */
function sourceOfVerb(tokens: Token[], v: number): string | null {
  let k = v - 1;
  while (k >= 0 && AUXILIARIES.has((tokens[k] as Token).lower)) k--;
  // "Doctors Without Borders (MSF) said": step over the parenthesis
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > 0 && k - open < 8 && tokens[open]?.text !== '(') open--;
    if (tokens[open]?.text === '(' && open > 0) k = open - 1;
  }
  if (k >= 0 && PASSIVE.has((tokens[k] as Token).lower)) return null; // "was said to"
  const before = k < 0 ? null : tokens[k];
  if (before && CLAUSE_WORDS.has(before.lower)) return null; // "a group that reports on the war"
  if (!before || BOUNDARY.test(before.text)) {
    // '," said Staffan de Mistura, invoking': the source follows
    const after = spanAfter(tokens, v + 1);
    // (', said the bill had been delayed': a clause, not a source)
    const clause = after !== null && /\b(is|are|was|were|had|has|have|been|will|would|could|can)\b/.test(after);
    if (after && !clause && /^(\p{Lu}|the |a |an )/u.test(after) && !/^(that|it|he|she|they)\b/i.test(after)) return after;
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
  // ("A 2023 analysis by the nonprofit KFF found" names a source; "40 people said" does not)
  if (/\d/.test(text.replace(/\b(19|20)\d\d\b/g, ''))) return null;
  return text;
}

/** "X, a Britain-based group that reports on the war, said": X. */
function appositionHead(tokens: Token[], comma: number): string | null {
  let k = comma - 1;
  while (k >= 0 && (tokens[k] as Token).text !== ',') k--;
  if (k <= 0) return null;
  let start = k - 1;
  while (start > 0 && !BOUNDARY.test((tokens[start - 1] as Token).text) && k - start < MAX_SOURCE_TOKENS) start--;
  // "Labour's shadow housing secretary, Angela Rayner, said": the name set off by commas
  const inner = join(tokens, k + 1, comma - 1);
  if (/^(\p{Lu}[\p{L}'’.-]*\s?){2,4}$/u.test(inner)) return inner;
  const text = join(tokens, start, k - 1);
  return /\p{Lu}/u.test(text) && !/\d/.test(text) ? text : null;
}

/** "according to the UN refugee agency, UNHCR.": the name that closes the sentence after a description. */
function nameAfterComma(tokens: Token[], k: number): string | null {
  let comma = k;
  while (comma < tokens.length && comma - k < MAX_SOURCE_TOKENS && !BOUNDARY.test((tokens[comma] as Token).text)) comma++;
  if (tokens[comma]?.text !== ',') return null;
  let end = comma + 1;
  while (end < tokens.length && (tokens[end] as Token).capital && end - comma <= 4) end++;
  const closes = end > comma + 1 && (end === tokens.length || /^[.!?]$/.test((tokens[end] as Token).text));
  return closes ? join(tokens, comma + 1, end - 1) : null;
}

/** The phrase from `k` to the next boundary: "according to UN estimates, and ..." -> "UN estimates". */
function spanAfter(tokens: Token[], k: number): string | null {
  let end = k;
  while (end < tokens.length && end - k < MAX_SOURCE_TOKENS) {
    const t = tokens[end] as Token;
    // "the Disaster and Emergency Management Authority": "and" inside a name
    const inName = t.lower === 'and' && !!tokens[end - 1]?.capital && !!tokens[end + 1]?.capital;
    if (BOUNDARY.test(t.text) || (t.text === '.' && !isAbbreviationDot(tokens, end)) || /^(that|who|which|in|on|at|to|as|when|after|before|while|and)$/.test(t.lower) && end > k && !inName) break;
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
export function governingCue(cues: ClaimCue[], p: number, tokens: Token[] = []): ClaimCue | null {
  const according = cues.filter((c) => c.kind === 'according');
  const pool = according.length ? according : cues;
  let best: ClaimCue | null = null;
  for (const c of pool) if (c.at < p && (!best || c.at > best.at)) best = c;
  if (best) return best;
  for (const c of pool) if (c.at > p && (!best || c.at < best.at)) best = c;
  return best && !newClauseBetween(tokens, p, best.at) ? best : null;
}

/**
 * "polls had given the Socialists between 40 and 45 percent, and party leader Pedro Nuno Santos admitted":
 * a cue after a new subject does not reach back; "..., and said it had agreed" (no new subject) does.
 */
function newClauseBetween(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue - 2; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return true;
    if (t.text === ',' && /^(and|but|while|whereas)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
