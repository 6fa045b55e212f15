// The figures answer: every group of figures about one quantity, disagreements first, each a compact
// table of number, qualifier, claimant and outlets. A number printed alike by several outlets (wire copy)
// is one row citing all of them.
import { type Figure, type FigureGroup, type FigureGroupIndex, filterGroups, groupFigures, indexGroups } from '../extract/figures/index.ts';
import type { FigureRow, FiguresAnswer } from './answer-types.ts';
import { type BriefingView, citationOf, derive } from './briefing-view.ts';
import { contentTerms } from './term-vectors.ts';

type ShownGroup = FiguresAnswer['groups'][number];

interface FiguresIndex {
  index: FigureGroupIndex;
  /** Each group as answers show it: its rows do not depend on the question, so they are made once. */
  shown: Map<FigureGroup, ShownGroup>;
}

export function answerFigures(view: BriefingView, topic: string | null): FiguresAnswer {
  const { index, shown } = derive(view, 'figures', () => indexFigures(view));
  // "how many people are trapped" -> "people trap": every remaining word must be about the group
  const terms = topic ? contentTerms(topic).join(' ') : '';
  const chosen = terms ? filterGroups(index, terms) : index.groups;
  return { kind: 'figures', briefing: view.briefing, topic, groups: chosen.map((group) => shown.get(group) as ShownGroup) };
}

/** The briefing's figure groups with the words each speaks of and their rows, once per store version. */
function indexFigures(view: BriefingView): FiguresIndex {
  const groups = groupFigures(
    view.store.extractions(view.briefing, 'figures').map(({ file, items }) => ({
      file,
      figures: items as Figure[],
      outlet: view.articleByFile.get(file)?.outlet ?? null,
    })),
  );
  const index = indexGroups(groups);
  const shown = new Map(index.groups.map((group) => [group, { topic: group.topic, disagree: group.disagree, rows: toRows(view, group) }]));
  return { index, shown };
}

function toRows(view: BriefingView, group: FigureGroup): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const { file, figure } of group.members) {
    const key = [figure.value, figure.high, figure.approx, figure.unit, figure.claimant.toLowerCase()].join('\u0000');
    const row = rows.get(key);
    const source = citationOf(view, file);
    if (row) {
      if (!row.sources.some((s) => s.file === file)) row.sources.push(source);
      continue;
    }
    rows.set(key, {
      value: figure.value,
      high: figure.high,
      unit: figure.unit,
      approx: figure.approx,
      qualifier: figure.qualifier,
      kind: figure.kind,
      claimant: figure.claimant,
      text: figure.text,
      sources: [source],
    });
  }
  return [...rows.values()];
}
