// The quote measures of test/data/eval/score.mjs (a CLI, so not importable), for tests: quotes pair one
// to one, best first, when their token-overlap F1 is at least 0.8; "optional" gold quotes absorb
// predictions without counting; a speaker is right when it is the gold name, an alias, or ends with
// the same surname (three letters or more).

export interface GoldQuote {
  text: string;
  speaker: string;
  aliases?: string[];
  optional?: boolean;
}
export interface PredictedQuote {
  text: string;
  speaker: string | null;
}

const norm = (s: string): string =>
  s.normalize('NFKC').toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[^a-z0-9' ]+/g, ' ').replace(/'/g, '').replace(/\s+/g, ' ').trim();
const toks = (s: string): string[] => norm(s).split(' ').filter(Boolean);

export function overlapF1(a: string, b: string): number {
  const ta = toks(a);
  const bag = new Map<string, number>();
  for (const t of toks(b)) bag.set(t, (bag.get(t) ?? 0) + 1);
  const nb = toks(b).length;
  if (!ta.length || !nb) return 0;
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t);
    if (n) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / ta.length;
  const r = common / nb;
  return (2 * p * r) / (p + r);
}

const stripParen = (s: string): string => norm(s.replace(/\([^)]*\)/g, ' '));
const lastTok = (s: string): string => stripParen(s).split(' ').filter(Boolean).at(-1) ?? '';

export function speakerOk(pred: string | null, gold: GoldQuote): boolean {
  if (!pred) return false;
  const p = stripParen(pred);
  if ([gold.speaker, ...(gold.aliases ?? [])].map(stripParen).includes(p)) return true;
  return lastTok(pred).length >= 3 && lastTok(pred) === lastTok(gold.speaker);
}

/** Greedy one-to-one pairs [gold, predicted] of score >= 0.8, best first. */
function match(golds: readonly GoldQuote[], preds: readonly PredictedQuote[]): [number, number][] {
  const cand: [number, number, number][] = [];
  golds.forEach((g, i) => preds.forEach((p, j) => {
    const s = overlapF1(p.text, g.text);
    if (s >= 0.8) cand.push([s, i, j]);
  }));
  cand.sort((a, b) => b[0] - a[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cand) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export interface QuoteCounts {
  gold: number;
  predicted: number;
  matched: number;
  rightSpeaker: number;
}

/** Counts for one article; add them up over articles, then call `measures`. */
export function countArticle(all: readonly GoldQuote[], predicted: readonly PredictedQuote[]): QuoteCounts {
  const gold = all.filter((q) => !q.optional);
  const taken = new Set(match(gold, predicted).map(([, j]) => j));
  const free = predicted.map((_, j) => j).filter((j) => !taken.has(j));
  const absorbed = new Set(match(all.filter((q) => q.optional), free.map((j) => predicted[j] as PredictedQuote)).map(([, k]) => free[k]));
  const preds = predicted.filter((_, j) => !absorbed.has(j));
  const pairs = match(gold, preds);
  const rightSpeaker = pairs.filter(([i, j]) => speakerOk(preds[j]?.speaker ?? null, gold[i] as GoldQuote)).length;
  return { gold: gold.length, predicted: preds.length, matched: pairs.length, rightSpeaker };
}

export function measures(c: QuoteCounts): { spanF1: number; attribution: number } {
  const p = c.predicted ? c.matched / c.predicted : 0;
  const r = c.gold ? c.matched / c.gold : 0;
  return { spanF1: p + r ? (2 * p * r) / (p + r) : 0, attribution: c.matched ? c.rightSpeaker / c.matched : 0 };
}
