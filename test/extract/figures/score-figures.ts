// The figures part of test/data/eval/score.mjs, small enough to keep beside the tests: units folded to
// one spelling, pence as pounds, optional gold entries absorbing predictions, greedy one-to-one matching.
export interface GoldFigure { value: number; unit: string; claimant?: string; optional?: boolean }
export interface PredFigure { value: number; unit: string; claimant: string }

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'")
  .replace(/[^a-z0-9' ]+/g, ' ').replace(/'/g, '').replace(/\s+/g, ' ').trim();
const lastTok = (s: string): string => norm(s.replace(/\([^)]*\)/g, ' ')).split(' ').pop() ?? '';
const SYN: Record<string, string> = { '%': 'percent', 'per cent': 'percent', pct: 'percent', persons: 'people', person: 'people',
  $: 'usd', dollar: 'usd', dollars: 'usd', '£': 'gbp', pound: 'gbp', pounds: 'gbp', '€': 'eur', euro: 'eur', euros: 'eur' };

function unitNorm(u: string): string {
  let s = u.toLowerCase().trim();
  const whole = SYN[s];
  if (whole) return whole;
  s = s.split(/\s+/).pop() ?? '';
  const last = SYN[s];
  if (last) return last;
  if (s.endsWith('ies')) return s.slice(0, -3) + 'y';
  return s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;
}
const PENCE = new Set(['p', 'pence', 'penny', 'pennies']);
const canon = (f: { value: number; unit: string }) => (PENCE.has(f.unit.toLowerCase().trim()) ? { value: f.value / 100, unit: 'gbp' } : { value: f.value, unit: unitNorm(f.unit) });
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const sameFigure = (a: GoldFigure | PredFigure, b: GoldFigure | PredFigure): boolean => {
  const x = canon(a), y = canon(b);
  return sameValue(x.value, y.value) && x.unit === y.unit;
};

function match<G, P>(golds: G[], preds: P[], same: (g: G, p: P) => boolean): [number, number][] {
  const gi = new Set<number>(), pj = new Set<number>(), pairs: [number, number][] = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    if (!gi.has(i) && !pj.has(j) && same(g, p)) { gi.add(i); pj.add(j); pairs.push([i, j]); }
  }));
  return pairs;
}

export interface FigureScore { matched: number; gold: number; predicted: number; claimants: number }

/** One article's counts; add them up across articles and call `f1`. */
export function scoreArticle(all: GoldFigure[], predicted: PredFigure[]): FigureScore {
  const gold = all.filter((f) => !f.optional);
  const taken = new Set(match(gold, predicted, sameFigure).map(([, j]) => j));
  const free = predicted.map((_, j) => j).filter((j) => !taken.has(j));
  const absorbed = new Set(match(all.filter((f) => f.optional), free.map((j) => predicted[j] as PredFigure), sameFigure).map(([, k]) => free[k]));
  const preds = predicted.filter((_, j) => !absorbed.has(j));
  const pairs = match(gold, preds, sameFigure);
  const claimants = pairs.filter(([i, j]) => {
    const g = gold[i]?.claimant ?? 'reporter', p = preds[j]?.claimant ?? 'reporter';
    return norm(g) === norm(p) || (lastTok(g).length >= 3 && lastTok(g) === lastTok(p));
  }).length;
  return { matched: pairs.length, gold: gold.length, predicted: preds.length, claimants };
}

export function f1(s: FigureScore): number {
  const p = s.predicted ? s.matched / s.predicted : 0, r = s.gold ? s.matched / s.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
