// The search answer: ranked sentences (FTS5, bm25) with the matched words marked and every article
// that carries the sentence or a copy of it.
import type { SearchAnswer } from './answer-types.ts';
import { type BriefingView, citationsOf } from './briefing-view.ts';

export const SEARCH_LIMIT = 20;

export function searchBriefing(view: BriefingView, query: string, limit = SEARCH_LIMIT): SearchAnswer {
  const hits = view.store.search(view.briefing, query, limit * 2);
  const seenClusters = new Set<number>();
  const answer: SearchAnswer = { kind: 'search', briefing: view.briefing, query, hits: [] };
  for (const hit of hits) {
    // one hit per copy cluster: the same wire sentence in five outlets is one result citing five
    const cluster = view.clusterOf.get(hit.id);
    const key = cluster ? Math.min(...cluster) : hit.id;
    if (seenClusters.has(key)) continue;
    seenClusters.add(key);
    answer.hits.push({ segments: toSegments(hit.highlighted), sources: citationsOf(view, hit) });
    if (answer.hits.length >= limit) break;
  }
  return answer;
}

/** "a \u0002match\u0003 b" -> [{a }, {match, match: true}, { b}] */
function toSegments(highlighted: string): SearchAnswer['hits'][number]['segments'] {
  return highlighted
    // eslint-disable-next-line no-control-regex -- \u0002/\u0003 are the markers FTS5's highlight() was asked to put in
    .split(/(\u0002[^\u0003]*\u0003)/)
    .filter((part) => part.length > 0)
    .map((part) => (part.startsWith('\u0002') ? { text: part.slice(1, -1), match: true } : { text: part, match: false }));
}
