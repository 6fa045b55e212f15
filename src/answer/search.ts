// The search answer: ranked sentences (FTS5, bm25) with the matched words marked and every article
// that carries the sentence or a copy of it.
import type { SearchHit } from '../store/store.ts';
import type { SearchAnswer } from './answer-types.ts';
import { type BriefingView, citationsOf } from './briefing-view.ts';

export const SEARCH_LIMIT = 20;

/** Fewer hits than this with every word, and the search takes sentences with fewer of them too. */
export const MIN_HITS_WITH_EVERY_WORD = 5;

/**
 * Sentences with every word first: FTS5 finds them by stepping through the words' lists together, while
 * any of the words means ranking each sentence that has one (on a 10,000-article store, "convoy" AND
 * "Hodeidah" 3 ms, OR 36 ms). When too few have every word, those with all but one are added ("convoy
 * Mosul stop": 7.5 ms against 28 ms for any), and only then those with any.
 */
export function searchBriefing(view: BriefingView, query: string, limit = SEARCH_LIMIT): SearchAnswer {
  const answer: SearchAnswer = { kind: 'search', briefing: view.briefing, query, hits: [] };
  const seenClusters = new Set<number>();
  const add = (hits: SearchHit[]) => {
    for (const hit of hits) {
      if (answer.hits.length >= limit) return;
      // one hit per copy cluster: the same wire sentence in five outlets is one result citing five
      const cluster = view.clusterOf.get(hit.id);
      const key = cluster ? Math.min(...cluster) : hit.id;
      if (seenClusters.has(key)) continue;
      seenClusters.add(key);
      answer.hits.push({ segments: toSegments(hit.highlighted), sources: citationsOf(view, hit) });
    }
  };
  for (const words of ['every', 'most', 'any'] as const) {
    add(view.store.search(view.briefing, query, limit * 2, words));
    if (answer.hits.length >= MIN_HITS_WITH_EVERY_WORD) break;
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
