// An extractive, cited summary of a briefing (or of the part of it about a topic), in three steps:
//   1. units (summary-units.ts): one per copy cluster, in the cluster's source wording, with every article
//      that carries it and its shorter wordings (summary-compress.ts);
//   2. selection (summary-select.ts): the wordings that cover the most central facts per word, within the
//      budget, a fact already stated earning little the second time;
//   3. order: by where the facts stand in the stories, so that it reads from the news down.
import type { SummaryAnswer } from './answer-types.ts';
import { type BriefingView, citationOf, derive } from './briefing-view.ts';
import { selectWordings } from './summary-select.ts';
import { collectUnits } from './summary-units.ts';

export { compressSentence } from './summary-compress.ts';

export const DEFAULT_SUMMARY_WORDS = 150;

export function summarize(view: BriefingView, options: { words?: number; topic?: string | null } = {}): SummaryAnswer {
  const budget = options.words ?? DEFAULT_SUMMARY_WORDS;
  const topic = options.topic?.trim() || null;
  // the briefing's own summary is asked for again and again (digests, /aleppo summary): computed once per
  // store version; topics are as many as users type, so they are not kept
  if (topic === null) return derive(view, `summary:${budget}`, () => buildSummary(view, null, budget));
  return buildSummary(view, topic, budget);
}

function buildSummary(view: BriefingView, topic: string | null, budget: number): SummaryAnswer {
  const chosen = selectWordings(collectUnits(view, topic), budget).sort((a, b) => a.unit.position - b.unit.position);
  return {
    kind: 'summary',
    briefing: view.briefing,
    topic,
    sentences: chosen.map(({ unit, wording }) => ({ text: wording.text, sources: unit.files.map((file) => citationOf(view, file)) })),
    words: chosen.reduce((n, c) => n + c.wording.words, 0),
  };
}
