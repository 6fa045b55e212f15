// A figure row as words: "more than 250,000 people", "a maximum of 8,000 rebels", "£6bn".
import type { FigureRow } from '../answer/answer-types.ts';

export function formatNumber(row: FigureRow): string {
  const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const amount = row.high === null ? number(row.value) : `${number(row.value)}–${number(row.high)}`;
  if (row.kind === 'percent') return `${amount}%`;
  if (row.kind === 'money') return `${amount} ${row.unit.toUpperCase()}`;
  return `${amount} ${row.unit}`;
}

export function formatQualifier(row: FigureRow): string {
  return row.qualifier ?? (row.approx === 'exact' ? '' : row.approx);
}

/** "Staffan de Mistura", or "the outlet" for a number the outlet states on its own authority. */
export function formatClaimant(row: FigureRow): string {
  return row.claimant === 'reporter' ? 'the outlet' : row.claimant;
}
