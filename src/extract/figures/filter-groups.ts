// "/aleppo figures trapped": the groups whose topic or members speak of the query's words.
import { eventLabel } from './events.ts';
import type { FigureGroup } from './types.ts';

export function filterGroups(groups: FigureGroup[], query: string): FigureGroup[] {
  const wanted = words(query);
  if (!wanted.length) return groups;
  return groups.filter((group) => {
    const text = [
      group.topic,
      ...group.members.flatMap((m) => [m.figure.what, m.figure.unit, m.figure.event ? eventLabel(m.figure.event) : '', m.figure.claimant]),
    ].join(' ');
    const have = words(text);
    return wanted.every((w) => have.some((h) => h.startsWith(stem(w)) || (h.length >= 4 && w.startsWith(stem(h)))));
  });
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** "trapped" ~ "trap", "displaced" ~ "displac", "killed" ~ "kill" */
function stem(word: string): string {
  return word.length > 5 ? word.replace(/(ed|ing|es|s)$/, '') : word;
}
