// The questions the benchmark asks, per kind, built from the corpus's own cast and places so that they
// find something: "quotes Staffan de Mistura", "figures killed Aleppo", "search corridors", a plain question.
import { createRandom } from './random.ts';
import type { Person } from './scene.ts';
import { DISTRICTS, PLACES } from './vocabulary.ts';

export const QUERY_KINDS = ['summary', 'quotes', 'figures', 'search', 'question'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const FIGURE_TOPICS = ['killed', 'trapped', 'families', 'fighters', 'trucks', 'children', 'air strikes', 'hospitals', 'injured'];
const SEARCH_WORDS = ['corridors', 'amnesty', 'convoy', 'human shields', 'bakeries closing', 'inevitable fate', 'hospitals', 'ceasefire talks', 'text messages', 'surrender'];

export function benchQueries(cast: Person[], count: number, seed: number): Record<QueryKind, string[]> {
  const r = createRandom(seed);
  const speaker = () => {
    const p = r.pick(cast);
    return r.pick([`${p.first} ${p.last}`, p.last]);
  };
  const make = (build: () => string) => Array.from({ length: count }, build);
  return {
    summary: make(() => (r.chance(0.5) ? 'summary' : `summary ${r.pick(PLACES)}`)),
    quotes: make(() => (r.chance(0.7) ? `quotes ${speaker()}` : `quotes ${speaker()} about ${r.pick(PLACES)}`)),
    figures: make(() => (r.chance(0.2) ? 'figures' : `figures ${r.pick(FIGURE_TOPICS)}${r.chance(0.5) ? ' ' + r.pick(PLACES) : ''}`)),
    search: make(() => `search ${r.pick(SEARCH_WORDS)}${r.chance(0.4) ? ' ' + r.pick(PLACES) : ''}`),
    question: make(() =>
      r.pick([
        `what did ${speaker()} say about ${r.pick(PLACES)}?`,
        `how many people are trapped in ${r.pick(PLACES)}?`,
        'what is the death toll?',
        `tell me about ${r.pick(DISTRICTS).replace(/^the /, '')}`,
        `who said there is no other option`,
        `why did the convoy to ${r.pick(PLACES)} stop?`,
      ]),
    ),
  };
}
