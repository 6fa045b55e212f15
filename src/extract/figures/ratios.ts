// Numbers written as a share or a fraction of a scale, read before the plain number forms:
// "one in five adults" (20 percent), "9 out of 10", "a quarter of a million" (250,000), "half a million".
import { lowerAt, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';
import { SCALES, SMALL, TENS } from './number-words.ts';

const FRACTION_VALUES: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, thirds: 2 / 3, quarters: 0.75 };

/** A whole number written in one token: "five", "twenty", "10", "1,000"; else null. */
function wholeNumber(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.digits) return /^\d{1,3}(,\d{3})*$|^\d+$/.test(t.text) ? Number(t.text.replace(/,/g, '')) : null;
  return SMALL[t.lower] ?? TENS[t.lower] ?? null;
}

const span = (value: number, first: number, last: number, percent: boolean, scale = 1): NumberSpan =>
  ({ value, first, last, form: 'words', plain: false, scale, currency: null, percent });

/** "one in five", "1 in 4", "nine out of 10": a share, as a percentage. */
export function readRatio(tokens: Token[], i: number): NumberSpan | null {
  const part = wholeNumber(tokens[i]);
  if (part === null || part === 0) return null;
  let k = i + 1;
  if (tokens[k]?.lower === 'in') k++;
  else if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else return null;
  const whole = wholeNumber(tokens[k]);
  // "one in 2019" is a year; "two in three" needs a larger whole
  if (whole === null || whole <= part || whole > 1000) return null;
  return span((100 * part) / whole, i, k, true);
}

/** "a quarter of a million", "three quarters of a million", "half a million", "half a billion". */
export function readFractionOfScale(tokens: Token[], i: number): NumberSpan | null {
  let k = i;
  let count = 1;
  const first = lowerAt(tokens, k);
  if (first === 'a' || first === 'one') k++;
  else if (SMALL[first] !== undefined) {
    count = SMALL[first] as number;
    k++;
  }
  const part = lowerAt(tokens, k);
  let fraction = FRACTION_VALUES[part];
  if (fraction === undefined) return null;
  if (count > 1 && (part === 'thirds' || part === 'quarters')) fraction = part === 'thirds' ? 1 / 3 : 0.25;
  k++;
  if (lowerAt(tokens, k) === 'of') k++;
  if (lowerAt(tokens, k) !== 'a') return null;
  const scale = SCALES[lowerAt(tokens, k + 1)];
  if (scale === undefined || scale < 1e6) return null;
  return span(Math.round(count * fraction * scale), i, k + 1, false, scale);
}
