// An extractive, cited summary of a briefing (or of the part of it about a topic), in three steps:
//   1. units (summary-units.ts): one per copy cluster, in the cluster's source wording, with every article
//      that carries it and its shorter wordings (summary-compress.ts: cuts, and second clauses split off),
//      built once per store version; a topic keeps those that name it;
//   2. selection (summary-select.ts): short wordings that each add central facts (summary-facts.ts,
//      summary-weights.ts) no chosen sentence states yet, within the budget;
//   3. order: by where the facts stand in the stories, so that it reads from the news down.
import type { SummaryAnswer } from './answer-types.ts';
import { type BriefingView, citationOf, derive } from './briefing-view.ts';
import { type Choice, selectWordings } from './summary-select.ts';
import { summaryUnits, unitsOnTopic } from './summary-units.ts';

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
  const units = summaryUnits(view);
  const chosen = inReadingOrder(selectWordings(unitsOnTopic(units, topic), units, budget));
  return {
    kind: 'summary',
    briefing: view.briefing,
    topic,
    sentences: chosen.map(({ unit, wording }) => ({ text: wording.text, sources: unit.files.map((file) => citationOf(view, file)) })),
    words: chosen.reduce((n, c) => n + c.wording.words, 0),
  };
}

/**
 * From the news down: by how far into its story each sentence stands, the more central one first among
 * equals (the selection order), and each "He said ..." right after the sentence it points back to.
 */
function inReadingOrder(chosen: Choice[]): Choice[] {
  const rankOf = new Map(chosen.map((c, i) => [c, i]));
  // a clause split off a sentence ("Russia pledged to open humanitarian corridors ...") after its head
  const tie = (a: Choice, b: Choice) => (a.unit === b.unit ? Number(a.wording.tail) - Number(b.wording.tail) : (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
  const sorted = chosen.filter((c) => !c.after).sort((a, b) => a.unit.order - b.unit.order || tie(a, b));
  for (const follower of chosen.filter((c) => c.after)) sorted.splice(sorted.findIndex((c) => c.unit === follower.after) + 1, 0, follower);
  return sorted;
}
