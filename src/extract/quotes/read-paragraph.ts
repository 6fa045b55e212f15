// What one paragraph says on its own, before the article around it is read: its quotations (steps 2
// and 3), its sentences (4), the words that say who speaks (6), the people it names (7) and the
// pronouns that follow them (gender.ts). A wire story comes back word for word in every outlet that
// runs it, so all this is kept under the paragraph's words and reused: offsets are within the
// paragraph, but for the people, whom the article's other paragraphs look up.

import type { ParagraphKind, Span } from '../../core/article.ts';
import { findQuoteMarks } from './02-find-quote-marks.ts';
import { maskQuotes } from './03-mask-quotes.ts';
import { splitSentences } from './04-split-sentences.ts';
import { findCue, speechSubjects, type Cue, type Side } from './06-find-cue.ts';
import { findPeople, type Person } from './07-find-people.ts';
import { addCarriedVote, addGenderVotes, type GenderVotes, type NamedSentence } from './gender.ts';
import { isTitleOrLabel } from './is-title-or-label.ts';
import { AUXILIARIES, SPEECH_VERBS } from './lexicon.ts';
import { beatSubject } from './beat-subject.ts';
import { clauseSubject } from './clause-subject.ts';
import { pointsBack } from './points-back.ts';
import { roleSubject } from './role-subject.ts';
import { tokenize, type Token } from './tokens.ts';
import type { RawQuote } from './types.ts';

export interface QuoteReading {
  quote: RawQuote;
  /** The words inside the marks, white space folded. */
  text: string;
  /** Starts in lower case after words of the reporter's: `as an “easy alibi” for`. */
  partial: boolean;
  /** Nothing but white space before it in the paragraph. */
  opensParagraph: boolean;
  /** The words around it that say who speaks, if any. */
  cue: Cue | null;
}

export interface SentenceReading extends Span {
  /** The masked sentence. */
  text: string;
  quotes: readonly Readonly<QuoteReading>[];
  /** "X said" in the sentence, or a role at its head, that a later "he" or "It" may point back to. */
  speakers: readonly Readonly<Cue>[];
}

/** Shared by every article with the same paragraph: read, never change. */
export interface ParagraphReading {
  readonly masked: string;
  /** A headline, or a line set like one (no closing stop), read for single marks too:
   *  `'It came up so fast': Flash flooding swamps Cypress Bend homes, 2 missing` */
  readonly headline: boolean;
  readonly sentences: readonly Readonly<SentenceReading>[];
  /** Offsets in the article: a copy for the caller. */
  readonly people: Person[];
  /** A first sentence that names who said the quotation before it: "That was the message from X". */
  readonly pointsBack: Cue | null;
  /** The pronouns after each name: "Ruiz said she ..." -> ruiz { f: 1 }. */
  readonly votes: ReadonlyMap<string, Readonly<{ m: number; f: number }>>;
}

type Kept = Omit<ParagraphReading, 'people'> & { people: readonly Person[] };

// a briefing of a few thousand articles has some tens of thousands of paragraphs; past this, start again
const CACHE_SIZE = 5_000;
const kept = new Map<string, Kept>();

/** `source` is the paragraph as it stands in the article text, starting at `offset`. */
export function readParagraph(source: string, kind: ParagraphKind, offset: number): ParagraphReading {
  const key = `${kind}\n${source}`;
  let reading = kept.get(key);
  if (!reading) {
    reading = readWords(source, kind);
    if (kept.size > CACHE_SIZE) kept.clear();
    kept.set(key, reading);
  }
  return { ...reading, people: reading.people.map((p) => ({ name: p.name, roles: p.roles.slice(), at: p.at + offset })) };
}

function readWords(source: string, kind: ParagraphKind): Kept {
  const headline = kind !== 'body' || readsAsHeadline(source);
  const marks = findQuoteMarks(source, { single: headline });
  const masked = maskQuotes(source, marks);
  const tokens = tokenize(masked);
  // the text between two offsets and its tokens; in body text every quotation mark is a double one,
  // which no token holds, so the paragraph's tokens between the marks are the text's own
  const side = (from: number, to: number): Side => {
    const text = masked.slice(from, to);
    return { text, at: from, tokens: kind === 'body' ? tokensBetween(tokens, from, to) : tokenize(text, from) };
  };
  // titles and labels stay masked, but are no quotations: `memoir, "The Long Way Home", has`
  const raw = kind === 'body' ? marks.filter((q) => !isTitleOrLabel(source.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' '), masked.slice(0, q.open), masked.slice(q.end), tokensBetween(tokens, 0, q.open))) : marks;
  const people = findPeople(tokens, 0, masked);
  const votes: GenderVotes = new Map();
  let previous: NamedSentence = { tokens: [], names: [] };
  let beforeHadQuotes = false;
  const sentences = withTokens(splitSentences(source, masked, raw), tokens).map(({ start, end, tokens: words }, s) => {
    const named = people.filter((p) => p.at >= start && p.at < end);
    addGenderVotes(votes, words, named);
    addCarriedVote(votes, words, named, previous);
    const beforeTokens = previous.tokens;
    previous = { tokens: words, names: named };
    const inSentence = raw.filter((q) => q.open >= start && q.open < end);
    const quotes = inSentence.map((q, k): QuoteReading => {
      const from = Math.max(start, inSentence[k - 1]?.end ?? 0);
      const to = Math.min(end, inSentence[k + 1]?.open ?? end);
      const before = side(from, q.open);
      const after = side(q.end, Math.max(q.end, to));
      const text = source.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' ');
      const partial = /^\P{Lu}*\p{Ll}/u.test(text.slice(0, 2)) && /[\p{L}\p{N}]/u.test(before.text);
      const opensParagraph = k === 0 && s === 0 && !source.slice(0, q.open).trim();
      const found = cueOrShared(findCue(before, after, partial), before, () => findCue(side(start, q.open), after, partial), () => side(start, q.open));
      // `Senator Hale smiled. "Ask me in a year."`: a quote that opens its sentence after a sentence
      // without quotes
      const cue = found ?? (k === 0 && s > 0 && !beforeHadQuotes && !/[\p{L}\p{N}]/u.test(before.text) ? beatSubject(beforeTokens) : null);
      return { quote: q, text, partial, opensParagraph, cue };
    });
    beforeHadQuotes = inSentence.length > 0;
    const text = masked.slice(start, end);
    const subjects = speechSubjects(words, text, start);
    const role = inSentence.length === 0 && subjects.length === 0 ? roleSubject(words, start) : null;
    return { start, end, text, quotes, speakers: role ? [role] : subjects };
  });
  const first = sentences[0];
  const pointer = first && first.quotes.length === 0 ? pointsBack(tokensBetween(tokens, first.start, first.end)) : null;
  return { masked, headline, sentences, people, votes, pointsBack: pointer };
}

/** No double marks, a few words and no full stop at the end: a headline the cleaner kept as body text. */
function readsAsHeadline(source: string): boolean {
  const text = source.trim();
  return !/["\u201c\u201d\u201e\u00ab\u00bb]/.test(text) && /['\u2018]/.test(text) && !/[.!?…:;,]['\u2019)]*$/.test(text) && text.split(/\s+/).length <= 20;
}

/** `called the response "..." and said families "..."`: a verb after "and" shares the subject of the
 *  clause before the earlier quote, so the cue is looked for again from the start of the sentence; so
 *  does a verb right after the earlier quote: `Voss, who ... calls "...", told reporters he felt "..."`. */
function cueOrShared(cue: Cue | null, before: Side, fromSentenceStart: () => Cue | null, sentenceBefore: () => Side): Cue | null {
  if (!cue) return opensWithVerb(before.tokens) ? fromSentenceStart() : null;
  if (!CONJUNCTION.test(cue.phrase.trim())) return cue;
  const shared = fromSentenceStart();
  if (shared && !CONJUNCTION.test(shared.phrase.trim())) return shared;
  // `Vexa suspended withdrawals, citing a "...," and said`: no speech verb before the quote, the
  // subject of the clause it stands in
  return clauseSubject(sentenceBefore().tokens) ?? shared ?? cue;
}

const CONJUNCTION = /^(and|but|or|then|and then)$/i;

/** `told reporters ... that he felt`: a speech verb with no subject before it. */
function opensWithVerb(tokens: readonly Token[]): boolean {
  let k = 0;
  while (tokens[k]?.text === ',' || AUXILIARIES.has(tokens[k]?.key ?? '')) k++;
  return k < tokens.length && SPEECH_VERBS.has(tokens[k]?.key ?? '');
}

/** The tokens that start at or after `from` and before `to`, found by halving. */
function tokensBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens.slice(firstAt(tokens, from), firstAt(tokens, to));
}

function firstAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Each sentence with the paragraph's tokens inside it. A sentence ends before white space, so no
 *  token crosses its bounds: tokenizing the sentence alone gives the same tokens. */
function withTokens(sentences: readonly Span[], tokens: readonly Token[]): (Span & { tokens: readonly Token[] })[] {
  let k = 0;
  return sentences.map((sentence) => {
    const from = k;
    while (k < tokens.length && (tokens[k]?.start ?? 0) < sentence.end) k++;
    return { start: sentence.start, end: sentence.end, tokens: tokens.slice(from, k) };
  });
}
