// Figures as newsrooms print them: "250,000", "1.5 million", "a dozen", "450.000", "$4.5 million",
// "40 percent", "between 8,000 and 10,000", each often behind a qualifier ("more than", "at least").
import type { Random } from './random.ts';

const QUALIFIERS = ['more than', 'at least', 'about', 'nearly', 'up to', 'some', 'almost', 'fewer than', 'a maximum of', 'around', 'over'];
const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of', 'hundreds of'];

export function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A count of people or things, as one of the many ways it gets printed. */
export function writeCount(r: Random, low = 20, high = 400000): string {
  const value = roundish(r, r.int(low, high));
  const style = r.int(0, 9);
  if (style === 0 && value >= 1000000) return `${(value / 1e6).toFixed(1).replace(/\.0$/, '')} million`;
  if (style === 1 && value >= 1000) return String(value);
  if (style === 2 && value >= 1000) return thousands(value).replace(/,/g, '.');
  if (style === 3) return r.pick(SMALL_WORDS);
  if (value >= 1000000) return `${(value / 1e6).toFixed(1).replace(/\.0$/, '')} million`;
  return thousands(value);
}

export function writeQualified(r: Random, low?: number, high?: number): string {
  const count = writeCount(r, low, high);
  return r.chance(0.6) && !/ of$|^a /.test(count) ? `${r.pick(QUALIFIERS)} ${count}` : count;
}

export function writeRange(r: Random): string {
  const low = roundish(r, r.int(300, 20000));
  const high = roundish(r, low + r.int(low / 10, low));
  return r.pick([`between ${thousands(low)} and ${thousands(high)}`, `${thousands(low)}-${thousands(high)}`, `${thousands(low)} to ${thousands(high)}`]);
}

export function writeMoney(r: Random): string {
  const amount = r.int(1, 900);
  const currency = r.pick(['$', '$', 'US$ ', '£', '€']);
  return r.pick([`${currency}${amount} million`, `${currency}${(amount / 10).toFixed(1)} million`, `${currency}${amount}m`, `${currency}${thousands(amount * 1000)}`]);
}

export function writePercent(r: Random): string {
  const value = r.int(5, 95);
  return r.pick([`${value} percent`, `${value}%`, `${value} per cent`, 'nearly a third', 'half', 'two thirds']);
}

function roundish(r: Random, value: number): number {
  const digits = String(Math.trunc(value)).length;
  const keep = r.int(1, Math.min(3, digits));
  const step = 10 ** (digits - keep);
  return Math.max(1, Math.round(value / step) * step);
}
