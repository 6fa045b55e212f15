// Units a number takes from the words around it rather than the noun after it: a quake's
// "magnitude 7.2", a speed in "60 km/h", and an age: "said Linda Morales, 52, a former teacher",
// "adults aged 65 and over".
import { glued, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';
import type { FigureKind } from './types.ts';
import { isPluralNoun } from './word-classes.ts';

/** Who an age is given for: "children under five", "adults over 65", "anyone aged 18". */
const PEOPLE = new Set(['children', 'adults', 'people', 'men', 'women', 'boys', 'girls', 'anyone', 'those', 'patients', 'residents', 'victims']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const AGE_SUBJECTS = new Set(['he', 'she', 'i', 'you']);

export interface UnitCue {
  unit: string;
  kind: FigureKind;
  /** Last token of the figure phrase. */
  end: number;
}

export function unitCue(tokens: Token[], span: NumberSpan): UnitCue | null {
  const w = (j: number): string => tokens[j]?.lower ?? '';
  const prev = tokens[span.first - 1];
  let k = span.last + 1;
  if (w(k) === '-' && glued(tokens[k])) k++;
  // "The magnitude 7.2 quake", "a 7.2-magnitude quake", "a 5.8 magnitude aftershock"
  if (w(span.first - 1) === 'magnitude') return { unit: 'magnitude', kind: 'measure', end: span.last };
  if (w(k) === 'magnitude') return { unit: 'magnitude', kind: 'measure', end: k };
  // "60 km/h", "90 km / h"
  if (/^(km|kilometres|kilometers)$/.test(w(span.last + 1)) && w(span.last + 2) === '/' && w(span.last + 3) === 'h') {
    return { unit: 'km/h', kind: 'measure', end: span.last + 3 };
  }
  if (span.value < 1 || span.value > 120 || !(span.plain || span.form === 'words')) return null;
  if (isAgeThreshold(tokens, span)) return { unit: 'years', kind: 'duration', end: span.last };
  if (span.form !== 'digits') return null;
  // "adults aged 65 and over"
  if (prev && /^(aged|age)$/.test(prev.lower)) return { unit: 'years', kind: 'duration', end: span.last };
  // "Mehmet Yilmaz, 54, who escaped": a number set off by commas right after a name
  const name = tokens[span.first - 2];
  const next = tokens[span.last + 1];
  if (prev?.text === ',' && !!name?.capital && next && /^[,.;]$/.test(next.text)) {
    return { unit: 'years', kind: 'duration', end: span.last };
  }
  return null;
}

/**
 * An age with no noun: "children under five account for", "the victims were over 70", "He is 23 and".
 * ("prices were over 50 dollars", "over 70 percent" have a unit of their own)
 */
function isAgeThreshold(tokens: Token[], span: NumberSpan): boolean {
  const w = (j: number): string => tokens[j]?.lower ?? '';
  const after = tokens[span.last + 1];
  if (after && (after.text === '%' || (after.word && isPluralNoun(after.lower)) || after.text === '-')) return false;
  const prev = w(span.first - 1);
  const prev2 = w(span.first - 2);
  if (/^(under|over|above|below)$/.test(prev)) return PEOPLE.has(prev2) || COPULAS.has(prev2);
  return COPULAS.has(prev) && AGE_SUBJECTS.has(prev2) && (!after || !after.word || /^(and|but|when|years)$/.test(after.lower));
}
