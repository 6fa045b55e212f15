// Figures from many articles gathered by quantity: every member with who claims it, and a flag on
// the groups whose numbers disagree ("250,000" in the wire copy, "275,000" from de Mistura).
import { linkCandidatePairs } from './candidate-pairs.ts';
import { eventLabel } from './events.ts';
import { quantityFacts, sameQuantity, sameValue } from './same-quantity.ts';
import type { Figure, FigureGroup, FigureMember } from './types.ts';

export interface FigureSource {
  file: string;
  figures: Figure[];
  /** The publisher ("Arab News"), shown beside each member. */
  outlet?: string | null;
}

export function groupFigures(items: FigureSource[]): FigureGroup[] {
  const members: FigureMember[] = items.flatMap((item) =>
    item.figures.map((figure) => (item.outlet ? { file: item.file, figure, outlet: item.outlet } : { file: item.file, figure })),
  );
  const wordIds = new Map<string, number>();
  const facts = members.map((member) => quantityFacts(member, wordIds));
  // a group is the figures linked by sameQuantity, directly or through others
  const representative = linkCandidatePairs(facts, sameQuantity);
  const byRoot = new Map<number, { first: number; list: FigureMember[] }>();
  members.forEach((member, i) => {
    const root = representative[i] as number;
    const entry = byRoot.get(root);
    if (entry) entry.list.push(member);
    else byRoot.set(root, { first: i, list: [member] });
  });
  const groups = [...byRoot.values()].map(({ first, list }) => ({ first, group: makeGroup(list) }));
  groups.sort((a, b) => Number(b.group.disagree) - Number(a.group.disagree) || b.group.members.length - a.group.members.length || a.first - b.first);
  return groups.map((g) => g.group);
}

function makeGroup(members: FigureMember[]): FigureGroup {
  const values = members.map((m) => m.figure.value);
  const disagree = values.some((v) => !sameValue(v, values[0] as number));
  return { topic: topicOf(members), members, disagree };
}

/** "people trapped / besieged (Aleppo)", else the shortest description. */
function topicOf(members: FigureMember[]): string {
  const figures = members.map((m) => m.figure);
  const event = mostCommon(figures.map((f) => f.event).filter((e): e is string => !!e));
  const unit = mostCommon(figures.map((f) => f.unit).filter(Boolean)) ?? '';
  if (event) {
    const place = mostCommon(figures.flatMap((f) => f.scope));
    return `${unit} ${eventLabel(event)}${place ? ` (${place})` : ''}`.trim();
  }
  const shortest = figures.map((f) => f.what).filter(Boolean).sort((a, b) => a.length - b.length)[0];
  return (shortest ?? unit).split(/\s+/).slice(0, 10).join(' ');
}

function mostCommon(list: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | null = null;
  for (const [x, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = x;
  return best;
}
