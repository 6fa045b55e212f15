// Step 5: numbers that are not figures: dates ("Oct. 19", "19 September"), years ("since 2011"), clock
// times ("GMT 20:04"), ordinals ("21st"), decades ("the 1990s"), labels ("Resolution 2254", "F-16")
// and page furniture ("GMT 19:07 2017 Sunday ,01 October").
import { glued, isWord, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';
import { codeOrAddress } from './codes-and-addresses.ts';
import { DESIGNATORS, isPluralNoun, MONTHS, WEEKDAYS, YEAR_LEADS } from './word-classes.ts';

const FURNITURE = /\b(GMT|UTC)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*(GMT|UTC)\b|©|all rights reserved/i;
const GLUED_SUFFIX = /^(st|nd|rd|th|s|am|pm|a\.m\.|p\.m\.|h|hrs|gmt|utc)$/i;
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'hrs', "o'clock", 'local']);
// ("her six children", "its two reactors": a possessive introduces a count as often as it recalls one)
const ANAPHORIC = new Set(['the', 'these', 'those', 'both', 'all']);
const DURATION_WORDS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes']);

/** "Published 2 hours ago", "Updated 10 minutes ago": a page's time stamp. */
const TIME_STAMP = /^(published|updated|last updated|posted)\b.{0,30}\b(ago|gmt|bst|utc|edt|est|cet)\b/i;

/** "KQTN 8 | NEWS | WEATHER | 8 ON YOUR SIDE | LIVE": a site's menu bar. */
const MENU_BAR = /\|[^|]*\|[^|]*\|/;

export function isFurnitureSentence(text: string): boolean {
  return FURNITURE.test(text) || (text.length < 60 && TIME_STAMP.test(text)) || MENU_BAR.test(text);
}

/** Function words a title capitalises: "The 8 On Your Side team" is a name, not eight of anything. */
const TITLE_CASE_FUNCTION_WORDS = new Set(['On', 'Of', 'In', 'The', 'Your', 'For', 'And', 'To', 'At', 'By', 'With', 'Our', 'My']);
/** "the top six", "the big five": a group's label, when no noun follows. */
const GROUP_LABELS = new Set(['top', 'bottom', 'big']);

/** Why `span` is not a figure, or null when it is one. `qualified`: a hedge precedes it ("more than 2000"). */
export function nonFigureReason(tokens: Token[], span: NumberSpan, qualified: boolean): string | null {
  const prev = tokens[span.first - 1];
  const prev2 = tokens[span.first - 2];
  const next = tokens[span.last + 1];
  const next2 = tokens[span.last + 2];
  const code = codeOrAddress(tokens, span);
  if (code) return code;
  if (next && TITLE_CASE_FUNCTION_WORDS.has(next.text) && span.first > 0) return 'name';
  // "the fewest of any team in the top six."
  if (prev && GROUP_LABELS.has(prev.lower) && prev2?.lower === 'the' && !(next && isWord(next) && isPluralNoun(next.lower))) return 'label';
  if (span.form === 'digits') {
    // "F-16", "COVID-19", "mid-2015", "self0styled"
    if (prev && glued(tokens[span.first]) && (isWord(prev) || (prev.text === '-' && isWord(prev2) && glued(prev)))) return 'label';
    // "21st", "the 1990s", "3pm"
    if (next && glued(next) && isWord(next) && GLUED_SUFFIX.test(next.text)) return 'ordinal-or-time';
    // "20:04", "9/11", "24/7"
    if (next && glued(next) && /^[:/]$/.test(next.text) && next2?.digits && glued(next2)) return 'time-or-ratio';
    if (prev && glued(tokens[span.first]) && /^[:/]$/.test(prev.text) && prev2?.digits) return 'time-or-ratio';
    if ((next && CLOCK_WORDS.has(next.lower)) || (prev && /^(gmt|utc)$/.test(prev.lower))) return 'clock';
    // "1." opening a list
    if (span.first === 0 && next && /^[.)]$/.test(next.text) && glued(next)) return 'list-marker';
    if (span.plain && isDate(tokens, span)) return 'date';
    if (span.plain && isYear(tokens, span, qualified)) return 'year';
    // "Resolution 2254", "No. 10", "Route 5"
    const label = prev?.text === '.' ? prev2 : prev;
    if (span.plain && !qualified && label && DESIGNATORS.has(label.lower)) return 'label';
    // "Boeing 737 MAX 10 jets", "Airbus 320": a bare number after a name mid-sentence is a model
    if (span.plain && !qualified && isModelName(tokens, span.first - 1)) return 'label';
  } else if (span.value < 10 && prev && ANAPHORIC.has(prev.lower) && !(next?.text === '-' && glued(next)) && !DURATION_WORDS.has(next?.lower ?? '') && !allOf(prev, next, next2)) {
    // ("the six months to Sept. 30" is a period, a figure like any other duration)
    // ("the five-and-a-half-year civil war" is a figure: the number is part of a compound adjective)
    // "the two sides", "both three ..." name things already counted
    return 'anaphoric';
  }
  return null;
}

/** "all nine of its schools": the whole is named, so the number is news, not a recall. */
function allOf(prev: Token, next: Token | undefined, next2: Token | undefined): boolean {
  return prev.lower === 'all' && next?.lower === 'of' && /^(its|their|his|her|our|the)$/.test(next2?.lower ?? '');
}

/** A capitalised word that is not the sentence's first, a month, a day or a possessive: "Boeing" in "Boeing 737". */
function isModelName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || k === 0 || !t.capital || /['’]s$/.test(t.text)) return false;
  if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  // "... hedge.) About 300": a new sentence or heading inside the text
  return !/^[.:;!?"“(\-–—]$/.test(tokens[k - 1]?.text ?? '');
}

/** "Oct. 19", "September 22", "19 September", "on the 10 October" */
function isDate(tokens: Token[], span: NumberSpan): boolean {
  if (span.value > 31 && !(span.value >= 1000 && span.value <= 2100)) return false;
  const prev = tokens[span.first - 1];
  const monthBefore = prev?.text === '.' ? tokens[span.first - 2] : prev;
  if (monthBefore && MONTHS.has(monthBefore.lower) && monthBefore.capital) return true;
  const next = tokens[span.last + 1];
  const afterComma = next?.text === ',' ? tokens[span.last + 2] : next;
  return !!afterComma && MONTHS.has(afterComma.lower) && afterComma.capital;
}

/** "since 2011", "in 2016", "2017 Tuesday" are years; "more than 2000 injured", "2000 people" are counts. */
function isYear(tokens: Token[], span: NumberSpan, qualified: boolean): boolean {
  if (!(span.value >= 1800 && span.value <= 2100) || (tokens[span.first] as Token).text.length !== 4) return false;
  if (qualified) return false;
  const prev = tokens[span.first - 1];
  const next = tokens[span.last + 1];
  if (prev && (YEAR_LEADS.has(prev.lower) || /['’]s$/.test(prev.text) || MONTHS.has(prev.lower))) return true;
  if (next && WEEKDAYS.has(next.lower)) return true;
  return !(next && isPluralNoun(next.lower) && !next.capital);
}
