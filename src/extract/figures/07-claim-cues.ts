// Step 7: where a sentence says who claims what: "de Mistura said", "said Staffan de Mistura",
// "according to UN estimates", "claims by Ankara that", "the state Sana news agency reported".
import { isWord, type Token } from './02-tokenize.ts';
import { SMALL, TENS } from './number-words.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { isPluralNoun } from './word-classes.ts';

export interface ClaimCue {
  /** Token index of the cue word ("said", "according"). */
  at: number;
  /** The source as written: "UN envoy Staffan de Mistura", "The observatory", "he". */
  source: string;
  kind: 'according' | 'by' | 'verb';
  /** '," said Dan Morgan, an analyst': the last token of a source written after its verb. */
  sourceEnd?: number;
  /** A cue that does not reach back to figures before it: ", arguing that", "and said", "a budget that X said". */
  forwardOnly?: boolean;
}

const SPEECH_VERBS = new Set(
  ('said says say told tells reported reports estimated estimates estimate claimed claims stated states noted ' +
    'notes added adds warned warns announced announces offered offers confirmed confirms insisted explained wrote ' +
    'writes predicted pledged acknowledged admitted argued believes believed tweeted show shows showed found finds ' +
    'suggest suggests suggested indicated indicates expects expected forecast forecasts projects projected').split(' '),
);
/**
 * Verbs of doing as much as saying: "The government announced one billion shillings", "has offered raises
 * of 4.5%" report an act (the reporter's); "announced that 300 jobs would go" reports a claim.
 */
const ACT_VERBS = new Set('announced announces offered offers pledged pledges approved approves'.split(' '));
/**
 * Verbs of expecting name a source only when nothing else in the sentence does: "a move the Treasury
 * expects to raise £2.7bn"; but "She said the bank's staff now expected inflation to average 5.6%" is hers.
 */
const WEAK_VERBS = new Set('expects expected forecast forecasts projects projected'.split(' '));
/** Cue words that are nouns as often: "analysts' average estimate of", "its forecast for growth". */
const NOUN_SPELLINGS = new Set('estimate estimates forecast forecasts report reports claim claims offer offers notes states'.split(' '));
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
const NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(TENS)]);
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
    } else if (SPEECH_VERBS.has(t.lower) && tokens[i - 1]?.lower === 'who' && tokens[i - 2]?.text === ',' && (cues[cues.length - 1]?.sourceEnd ?? i) < i) {
      // '," said Carsten Brzeski, ..., who expects the economy to contract by 0.2%': the speaker again
      cues.push({ at: i, kind: 'verb', source: (cues[cues.length - 1] as ClaimCue).source });
    } else if (SPEECH_VERBS.has(t.lower) && isWord(t) && !isNounUse(tokens, i) && !isAct(tokens, i) && !(WEAK_VERBS.has(t.lower) && cues.some((c) => c.kind === 'verb'))) {
      // "hailed a "historic night" and said more than 1.1 million": the sentence's subject said it
      const subject = tokens[i - 1]?.lower === 'and' ? sentenceSubject(tokens) : null;
      if (subject) cues.push({ at: i, source: subject, kind: 'verb' });
      else {
        const found = sourceOfVerb(tokens, i);
        if (found) cues.push({ at: i, kind: 'verb', ...found });
      }
    } else if (PARTICIPLES.has(t.lower) && tokens[i - 1]?.text === ',') {
      // "The Turkish Red Crescent put the toll far higher, saying more than 2,000 people had been killed"
      const source = sentenceSubject(tokens);
      if (source) cues.push({ at: i, source, kind: 'verb', forwardOnly: true });
    }
  }
  return cues;
}

/** Words before a noun: "in some states", "the United States", "police reports", "UN estimates show". */
const DETERMINERS = new Set('the a an some many all these those several other its their his her our of in on for from by'.split(' '));

/** Words a noun follows but a verb does not: "in line with estimates", "analysts' average estimate". */
const NOUN_LEADS = new Set(['with', 'to', 'than', 'at', 'average', 'latest', 'new', 'own', 'earlier', 'initial', 'early', 'official', "'"]);

/** "in some states stretched", "the United States lives": the verb's spelling used as a noun or a name. */
function isNounUse(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (i > 0 && t.capital) return true;
  const prev = tokens[i - 1]?.lower ?? '';
  if (/s$/.test(t.lower) && DETERMINERS.has(prev)) return true;
  if (!NOUN_SPELLINGS.has(t.lower)) return false;
  // "its forecast for economic growth", "an estimate of $3.31 billion"
  return DETERMINERS.has(prev) || NOUN_LEADS.has(prev) || /['’]s$/.test(prev) || /^(of|for)$/.test(tokens[i + 1]?.lower ?? '');
}

/** Words that open an object, not a clause: "announced one billion shillings", "offered raises of 4.5%". */
const OBJECT_OPENERS = new Set('a an the its their his her our some up'.split(' '));

function isAct(tokens: Token[], i: number): boolean {
  // "the sums added up"
  if (tokens[i + 1]?.lower === 'up' && !tokens[i + 1]?.capital) return true;
  // "told principals to excuse late arrivals": an instruction
  if (/^(told|tells|tell)$/.test((tokens[i] as Token).lower) && tokens[i + 2]?.lower === 'to') return true;
  if (!ACT_VERBS.has((tokens[i] as Token).lower)) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  return next.digits || /^[$£€¥]$/.test(next.text) || OBJECT_OPENERS.has(next.lower) || NUMBER_WORDS.has(next.lower) || (!next.capital && isPluralNoun(next.lower));
}

type FoundSource = Pick<ClaimCue, 'source' | 'sourceEnd' | 'forwardOnly'>;

/** The source of the speech verb at `v`: before it ("de Mistura said") or, after a quote, after it ("said Staffan de Mistura"). */
function sourceOfVerb(tokens: Token[], v: number): FoundSource | null {
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
  if (before && isClauseWord(before)) return null; // "a group that reports on the war"
  if (!before || BOUNDARY.test(before.text)) {
    // '," said Staffan de Mistura, invoking': the source follows
    const range = spanRange(tokens, v + 1);
    const after = range ? join(tokens, range[0], range[1]) : null;
    // (', said the bill had been delayed': a clause, not a source)
    // (', insisted the sums added up': a clause with a verb of its own)
    const clause = after !== null && (/\b(is|are|was|were|had|has|have|been|will|would|could|can)\b/.test(after) || hasSpeechVerb(tokens, range));
    if (range && after && !clause && /^(\p{Lu}|the |a |an )/u.test(after) && !/^(that|it|he|she|they)\b/i.test(after)) {
      // '," said the Northfield manager, Rui Sampaio.': the name after the role
      const named = nameAfterRole(tokens, range[1]);
      return named ?? { source: after, sourceEnd: range[1] };
    }
    // "The Syrian Observatory for Human Rights, a Britain-based group ..., said": skip the apposition
    if (before?.text === ',') {
      const head = appositionHead(tokens, k);
      return head ? { source: head } : null;
    }
    return null;
  }
  let start = k;
  while (start > 0 && k - start < MAX_SOURCE_TOKENS) {
    const prev = tokens[start - 1] as Token;
    if (BOUNDARY.test(prev.text) || (prev.text === '-' && prev.space) || (isClauseWord(prev) && prev.lower !== 'and')) break;
    if (prev.text === '.' && !isAbbreviationDot(tokens, start - 1)) break;
    start--;
  }
  const text = join(tokens, start, k);
  // ("A 2023 analysis by the nonprofit KFF found" names a source; "40 people said" does not)
  if (/\d/.test(text.replace(/\b(19|20)\d\d\b/g, ''))) return null;
  // "in a budget that the Office for Budget Responsibility said would cost": the cue opens a clause of its own
  const opener = tokens[start - 1];
  return { source: text, forwardOnly: !!opener && isClauseWord(opener) && opener.lower !== 'and' };
}

function hasSpeechVerb(tokens: Token[], range: [number, number] | null): boolean {
  if (!range) return false;
  for (let k = range[0] + 1; k <= range[1]; k++) if (SPEECH_VERBS.has((tokens[k] as Token).lower)) return true;
  return false;
}

/** "that", "which", "who" ...; not the acronym "WHO". */
function isClauseWord(t: Token): boolean {
  return CLAUSE_WORDS.has(t.lower) && !(t.text.length > 1 && t.text === t.text.toUpperCase());
}

/** '... said the Northfield manager, Rui Sampaio.': a role ends at `end`, and a name closes the sentence. */
function nameAfterRole(tokens: Token[], end: number): FoundSource | null {
  if (tokens[end + 1]?.text !== ',') return null;
  let k = end + 2;
  while (k < tokens.length && (tokens[k] as Token).capital && k - end <= 5) k++;
  if (k - (end + 2) < 2 || !(k === tokens.length || /^[.,;!?]$/.test((tokens[k] as Token).text))) return null;
  return { source: join(tokens, end + 2, k - 1), sourceEnd: k - 1 };
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
  if (/\p{Lu}/u.test(text) && !/\d/.test(text)) return text;
  // "Tanya Brooks, 41, a home health aide, said": the name that opens the sentence
  const first = tokens[0];
  return first?.capital && capitalRunThenComma(tokens) ? sentenceSubject(tokens) : null;
}

/** Whether the sentence opens with capitalised words and a comma: "Tanya Brooks, 41, ...". */
function capitalRunThenComma(tokens: Token[]): boolean {
  let k = 0;
  while (k < tokens.length && k < 5 && (tokens[k] as Token).capital) k++;
  return k >= 2 && tokens[k]?.text === ',';
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
  const range = spanRange(tokens, k);
  return range ? join(tokens, range[0], range[1]) : null;
}

/** The token range of `spanAfter`, else null. */
function spanRange(tokens: Token[], k: number): [number, number] | null {
  let end = k;
  while (end < tokens.length && end - k < MAX_SOURCE_TOKENS) {
    const t = tokens[end] as Token;
    // "the Disaster and Emergency Management Authority": "and" inside a name
    const inName = t.lower === 'and' && !!tokens[end - 1]?.capital && !!tokens[end + 1]?.capital;
    if (BOUNDARY.test(t.text) || (t.text === '.' && !isAbbreviationDot(tokens, end)) || /^(that|who|which|in|on|at|to|as|when|after|before|while|and)$/.test(t.lower) && end > k && !inName) break;
    end++;
  }
  return end > k ? [k, end - 1] : null;
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
