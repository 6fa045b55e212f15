// Units a number takes from the words around it rather than the noun after it: a quake's
// "magnitude 7.2", a speed in "60 km/h", and an age: "said Linda Morales, 52, a former teacher",
// "adults aged 65 and over".
import { glued, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';
import type { FigureKind } from './types.ts';

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
  if (span.form !== 'digits' || !span.plain || span.value < 1 || span.value > 120) return null;
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
