// Step 10: two numbers that make one range: "between 200 and 300 people", "2 to 3 million",
// "10-15 percent". The lower number carries the range; the upper one is dropped as a figure of its own.
import type { Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';

export interface RangedSpan extends NumberSpan {
  high: number | null;
  /** "between 200 and 300": the range words are the qualifier. */
  between: boolean;
  /** Token index where "between" / "from" stands, else `first`. */
  rangeStart: number;
}

export function mergeRanges(tokens: Token[], spans: NumberSpan[]): RangedSpan[] {
  const out: RangedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i] as NumberSpan;
    const b = spans[i + 1];
    const joiner = b && b.first === a.last + 2 ? (tokens[a.last + 1] as Token).lower : null;
    const lead = tokens[a.first - 1]?.lower;
    const isRange = b && joiner && (
      (joiner === 'and' && lead === 'between') ||
      ((joiner === 'to' || joiner === '-' || joiner === '–') && (lead === 'from' || lead === 'between' || sameForm(a, b)))
    );
    if (!b || !isRange) {
      out.push({ ...a, high: null, between: false, rangeStart: a.first });
      continue;
    }
    // "2 to 3 million": the scale written once counts for both
    const low = a.scale === 1 && b.scale > 1 && a.value < b.value / b.scale * 10 ? a.value * b.scale : a.value;
    out.push({ ...b, value: low, first: a.first, high: b.value, between: true, rangeStart: lead === 'between' || lead === 'from' ? a.first - 1 : a.first, currency: a.currency ?? b.currency, percent: a.percent || b.percent });
    i++;
  }
  return out;
}

/** "10-15", "200 to 300": a range joins two numbers written alike, the first not larger. */
function sameForm(a: NumberSpan, b: NumberSpan): boolean {
  return a.form === b.form && a.value < b.value * (b.scale > a.scale ? b.scale : 1);
}
