// Numbers that name a place or a line rather than count anything: phone and case numbers
// ("805-555-0144", "1-866-555-0121", "CF-2023-4418"), a year span ("2028-29"), a number glued to a
// name ("UPDATE 1-Norvane"), street addresses ("10 W. Harbor Blvd.", "2860 Maricopa Highway",
// "6 St. Paul St.") and a hotline given in apposition ("a toll-free hotline, 1199, for families").
import { glued, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';

const STREET_WORDS = new Set(
  'street st avenue ave boulevard blvd road rd highway hwy way lane ln drive dr court ct place pl square sq parkway pkwy terrace circle plaza'.split(' '),
);
const COMPASS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW']);
/** Nouns a number stands beside as a name, not a count: "a free hotline, 909, and". */
const LINE_NOUNS = new Set(['hotline', 'helpline', 'line', 'number', 'phone', 'telephone', 'extension', 'fax']);

/** A code, a phone or case number, a year span or an address; null when `span` may be a figure. */
export function codeOrAddress(tokens: Token[], span: NumberSpan): 'code' | 'year' | 'label' | 'address' | null {
  if (span.form !== 'digits') return null;
  const chain = hyphenChain(tokens, span.first, span.last);
  if (chain) return chain;
  if (!span.plain) return null;
  if (isAddress(tokens, span.last + 1)) return 'address';
  // "a toll-free hotline, 1199, for families"
  const prev = tokens[span.first - 1];
  const next = tokens[span.last + 1];
  if (prev?.text === ',' && LINE_NOUNS.has(tokens[span.first - 2]?.lower ?? '') && (!next || /^[,.;)]$/.test(next.text))) return 'label';
  return null;
}

/** A glued "-" at `k` joining two tokens: "805-555", "CF-2023". */
const hyphenAt = (tokens: Token[], k: number): boolean => tokens[k]?.text === '-' && glued(tokens[k]) && glued(tokens[k + 1]);
/** A part of a code: digits, or capitals like "CF". */
const codePart = (t: Token | undefined): boolean => !!t && (t.digits || (t.word && t.text.length <= 4 && t.text === t.text.toUpperCase()));

function hyphenChain(tokens: Token[], first: number, last: number): 'code' | 'year' | 'label' | null {
  let from = first;
  while (hyphenAt(tokens, from - 1) && codePart(tokens[from - 2])) from -= 2;
  let to = last;
  // "UPDATE 1-Norvane": a number glued to a name is part of the name
  if (hyphenAt(tokens, to + 1) && tokens[to + 2]?.capital && tokens[to + 2]?.text !== tokens[to + 2]?.text.toUpperCase() && from === first) return 'label';
  while (hyphenAt(tokens, to + 1) && codePart(tokens[to + 2])) to += 2;
  const parts = (to - from) / 2 + 1;
  if (parts < 2) return null;
  // "805-555-0144", "CF-2023-4418"; a part with a leading zero is a number, not a quantity: "555-0144"
  let zero = false;
  for (let k = from; k <= to; k += 2) if (/^0\d/.test((tokens[k] as Token).text)) zero = true;
  if (parts >= 3 || zero) return 'code';
  // "in 2028-29": a year and the next one's last digits
  const a = tokens[from] as Token;
  const b = tokens[to] as Token;
  if (a.digits && b.digits && /^(1[89]|20)\d\d$/.test(a.text) && /^\d\d$/.test(b.text)) return 'year';
  return null;
}

/** After a bare number: "W. Harbor Blvd.", "Maricopa Highway", "St. Paul St.", "Riverside Way". */
function isAddress(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.capital) return false;
  // "10 W. Harbor Blvd.": a compass point after a number opens an address
  if (COMPASS.has(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 2]?.capital) return true;
  for (let j = k; j < k + 6 && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (w.text === '.') continue;
    if (!w.capital) return false;
    if (STREET_WORDS.has(w.lower)) return true;
  }
  return false;
}
