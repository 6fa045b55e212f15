// Steps 3-6 and 9-10 on one sentence: numbers, less the non-figures, joined into ranges, with their
// hedge, counted noun and context. The claimant and the gaps a sentence leaves (a noun left out, a
// hedge said once for a list) are filled by the caller, which sees the whole article.
import type { Token } from './02-tokenize.ts';
import { findNumbers } from './03-numbers.ts';
import { DEADLINE_WORDS, qualifierAfter, qualifierBefore, type Qualifier } from './04-qualifiers.ts';
import { nonFigureReason } from './05-non-figures.ts';
import { readUnit, type UnitReading } from './06-units.ts';
import { figureContext, type FigureContext } from './09-context.ts';
import { mergeRanges, type RangedSpan } from './10-ranges.ts';

export interface Candidate {
  span: RangedSpan;
  qualifier: Qualifier | null;
  unit: UnitReading;
  context: FigureContext;
  /** Token range of the whole figure phrase, hedge to noun. */
  first: number;
  last: number;
}

export function readSentence(tokens: Token[], text: string, cueTokens: Set<number>): Candidate[] {
  const numbers = findNumbers(tokens).filter((span) => !nonFigureReason(tokens, span, qualifierBefore(tokens, span.first) !== null));
  const spans = mergeRanges(tokens, numbers);
  // where each number's phrase starts, hedge included: a window stops before "and injured more than 10,000"
  const starts = new Set(spans.map((s) => qualifierBefore(tokens, s.first)?.at ?? s.first));
  const out: Candidate[] = [];
  for (const span of spans) {
    const unit = readUnit(tokens, span);
    if (!unit) continue; // "two-thirds", "half"
    let qualifier: Qualifier | null = span.between ? { approx: 'between' as const, text: tokens[span.rangeStart]?.lower === 'between' ? 'between' : 'to', at: span.rangeStart } : qualifierBefore(tokens, span.first);
    // "over four years" is a period, not "more than"
    if (qualifier && unit.kind === 'duration' && /^(over|under|some)$/.test(qualifier.text.toLowerCase())) qualifier = null;
    qualifier ??= qualifierAfter(tokens, unit.end);
    // "surrender within three months": a deadline
    if (!qualifier && unit.kind === 'duration' && DEADLINE_WORDS.has(tokens[span.first - 1]?.lower ?? '')) {
      qualifier = { approx: 'maximum', text: (tokens[span.first - 1] as Token).text, at: span.first - 1 };
    }
    const first = qualifier && qualifier.at < span.first ? qualifier.at : span.first;
    const last = qualifier && qualifier.at > unit.end ? qualifier.at : unit.end;
    const others = new Set([...starts].filter((s) => s !== span.first && s !== qualifier?.at));
    const context = figureContext(tokens, text, { first, last, np: unit.np, counted: unit.kind === 'count' }, cueTokens, others);
    out.push({ span, qualifier, unit, context, first, last });
  }
  return out;
}
