import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Figure, type FigureMember, filterGroups, groupFigures, indexGroups } from '../../../src/extract/figures/index.ts';
import { eventLabel } from '../../../src/extract/figures/events.ts';
import { type QuantityFacts, quantityFacts, sameQuantity } from '../../../src/extract/figures/same-quantity.ts';

/** The groups as first computed: every pair of figures through sameQuantity, as sets of member keys. */
function groupsByComparingAll(items: { file: string; figures: Figure[] }[]): string[][] {
  const members: FigureMember[] = items.flatMap(({ file, figures }) => figures.map((figure) => ({ file, figure })));
  const wordIds = new Map<string, number>();
  const facts = members.map((m) => quantityFacts(m, wordIds));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] as number));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) if (sameQuantity(facts[i] as QuantityFacts, facts[j] as QuantityFacts)) parent[find(j)] = find(i);
  }
  const byRoot = new Map<number, string[]>();
  members.forEach((m, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), keyOf(m)]));
  return [...byRoot.values()].map((keys) => keys.sort()).sort();
}

const keyOf = (m: FigureMember) => `${m.file}#${m.figure.start}`;

// few values, words, places and events, so that figures meet, share words and conflict often
const figure = fc.record({
  value: fc.constantFrom(0, -3, 1, 4, 5, 6, 20, 21, 100, 480, 500, 2400, 2500),
  kind: fc.constantFrom('count', 'count', 'duration'),
  unit: fc.constantFrom('people', 'residents', 'fighters', 'days', ''),
  what: fc.array(fc.constantFrom('people', 'trapped', 'in', 'eastern', 'aleppo', 'killed', 'the', 'city', 'rebels', 'fled', 'homes'), { maxLength: 7 }).map((w) => w.join(' ')),
  claimant: fc.constantFrom('reporter', 'UN', 'Staffan de Mistura'),
  sentence: fc.integer({ min: 0, max: 3 }),
  event: fc.constantFrom(null, 'killed', 'trapped'),
  scope: fc.uniqueArray(fc.constantFrom('Aleppo', 'aleppo', 'Idlib', 'Thursday', 'Sunday'), { maxLength: 2 }),
  part: fc.boolean(),
  repeat: fc.boolean(),
});

const articles = fc.array(fc.array(figure, { maxLength: 6 }), { maxLength: 10 }).map((list) =>
  list.map((figures, i) => ({
    file: `${i}.txt`,
    figures: figures.map((f, k): Figure => ({ ...f, kind: f.kind as Figure['kind'], approx: 'exact', qualifier: null, paragraph: 0, start: k, end: k + 1, text: String(f.value), high: null })),
  })),
);

describe('groupFigures', () => {
  it('finds the same groups as comparing every pair of figures', () => {
    fc.assert(
      fc.property(articles, (items) => {
        const fast = groupFigures(items).map((g) => g.members.map(keyOf).sort()).sort();
        expect(fast).toEqual(groupsByComparingAll(items));
      }),
      { numRuns: 400 },
    );
  });
});

/** filterGroups as first written: every group's words read again for each query. */
function filterByReadingAll(groups: ReturnType<typeof groupFigures>, query: string) {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
  const stem = (word: string) => (word.length > 5 ? word.replace(/(ed|ing|es|s)$/, '') : word);
  const wanted = words(query);
  if (!wanted.length) return groups;
  return groups.filter((group) => {
    const text = [group.topic, ...group.members.flatMap((m) => [m.figure.what, m.figure.unit, m.figure.event ? eventLabel(m.figure.event) : '', m.figure.claimant])].join(' ');
    const have = words(text);
    return wanted.every((w) => have.some((h) => h.startsWith(stem(w)) || (h.length >= 4 && w.startsWith(stem(h)))));
  });
}

describe('filterGroups', () => {
  it('keeps the groups that reading every group for the query keeps', () => {
    const query = fc.array(fc.constantFrom('trap', 'trapped', 'trapping', 'kill', 'killing', 'aleppo', 'people', 'peoples', 'pe', 'de', 'mistura', 'fled', 'x', 'homeless', 'zeppelins'), { maxLength: 3 });
    fc.assert(
      fc.property(articles, query, (items, words) => {
        const groups = groupFigures(items);
        expect(filterGroups(indexGroups(groups), words.join(' '))).toEqual(filterByReadingAll(groups, words.join(' ')));
      }),
      { numRuns: 300 },
    );
  });
});
