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

const CHANGE_VERBS = /^(rose|rise|rises|fell|fall|falls|climbed|climbs|dropped|drops|jumped|jumps|slipped|slid|gained|gains|lost|increased|decreased|grew|surged|plunged|eased|edged|shed|added|was|were|up|down)$/;

export function mergeRanges(tokens: Token[], spans: NumberSpan[]): RangedSpan[] {
  const out: RangedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i] as NumberSpan;
    const b = spans[i + 1];
    const joiner = b && b.first === a.last + 2 ? (tokens[a.last + 1] as Token).lower : null;
    const lead = tokens[a.first - 1]?.lower;
    // "rose 4.6% to 16.20 euros", "fell 3 to 45": a change and the level it reached
    const change = joiner === 'to' && CHANGE_VERBS.test(lead ?? '');
    const isRange = b && joiner && !change && a.percent === b.percent && !(a.currency && percentAfter(tokens, b)) && (a.currency ?? b.currency) === (b.currency ?? a.currency) && (
      (joiner === 'and' && lead === 'between') ||
      ((joiner === 'to' || joiner === '-' || joiner === '–') && (lead === 'from' || lead === 'between' || sameForm(a, b)))
    );
    if (!b || !isRange) {
      out.push(ranged(a, { value: a.value, first: a.first, high: null, between: false, rangeStart: a.first, currency: a.currency, percent: a.percent }));
      continue;
    }
    // "2 to 3 million": the scale written once counts for both
    const low = a.scale === 1 && b.scale > 1 && a.value < b.value / b.scale * 10 ? a.value * b.scale : a.value;
    const rangeStart = lead === 'between' || lead === 'from' ? a.first - 1 : a.first;
    out.push(ranged(b, { value: low, first: a.first, high: b.value, between: true, rangeStart, currency: a.currency ?? b.currency, percent: a.percent || b.percent }));
    i++;
  }
  return out;
}

/** "8 per cent", "8%": money does not run to a share ("by 2p to 8 per cent" is two figures). */
function percentAfter(tokens: Token[], b: NumberSpan): boolean {
  if (b.percent) return true;
  const w = tokens[b.last + 1]?.lower;
  return w === 'percent' || w === 'pct' || (w === 'per' && tokens[b.last + 2]?.lower === 'cent');
}

type RangeFields = Pick<RangedSpan, 'value' | 'first' | 'high' | 'between' | 'rangeStart' | 'currency' | 'percent'>;

/** `span` with the range's fields (built field by field: spans come in many shapes, a spread of them is slow). */
function ranged(span: NumberSpan, f: RangeFields): RangedSpan {
  return {
    value: f.value, first: f.first, last: span.last, form: span.form, plain: span.plain, scale: span.scale, currency: f.currency,
    percent: f.percent, high: f.high, between: f.between, rangeStart: f.rangeStart,
  };
}

/** "10-15", "200 to 300": a range joins two numbers written alike, the first not larger. */
function sameForm(a: NumberSpan, b: NumberSpan): boolean {
  return a.form === b.form && a.value < b.value * (b.scale > a.scale ? b.scale : 1);
}
