// What happened to the people or things a figure counts, as a small set of classes news copy reports:
// two figures about the same class, place and time can be two sources' numbers for one quantity.

export interface EventClass {
  name: string;
  label: string;
  pattern: RegExp;
}

/** Order matters where patterns overlap: "remain in" is trapped before "remain" is present. */
export const EVENTS: EventClass[] = [
  { name: 'killed', label: 'killed / death toll', pattern: /\b(killed|kills?|killing|dead|died|die|deaths?|death toll|toll|lost their lives|lives|fatalities|perished|slain|massacred|executed)\b/ },
  { name: 'wounded', label: 'wounded', pattern: /\b(wounded|injured|hurt|injuries)\b/ },
  { name: 'trapped', label: 'trapped / besieged', pattern: /\b(trapped|besieged|under siege|stranded|encircled|holed up|sheltering|still (?:be |live |living |remain |remaining )?in(?:side)?|remain(?:s|ing|ed)? (?:in|inside))\b/ },
  { name: 'displaced', label: 'displaced / uprooted', pattern: /\b(displaced|uprooted|fled|fleeing|homeless|lost their homes|refugees|forced from their homes|driven from)\b/ },
  { name: 'evacuated', label: 'evacuated', pattern: /\b(evacuated|evacuation|evacuate|escort(?:ed)?|bussed out)\b/ },
  { name: 'arrested', label: 'arrested / detained', pattern: /\b(arrested|detained|jailed|imprisoned|abducted|kidnapped)\b/ },
  { name: 'present', label: 'present', pattern: /\b(presence|present|there (?:were|are|is|was)|remain|remains|remained|stationed|deployed)\b/ },
  { name: 'population', label: 'living there', pattern: /\b(home to|live in|living in|population|inhabitants|residents of)\b/ },
];

/**
 * All patterns in one: its match is the leftmost of any event's, the earlier event in EVENTS winning at
 * one position, which is what trying each pattern and keeping the first match would give. Each event's
 * wrapping group says which one matched.
 */
const ANY_EVENT = new RegExp(EVENTS.map((e) => `(${e.pattern.source})`).join('|'));
const GROUP_OF_EVENT: number[] = [];
for (let group = 1, k = 0; k < EVENTS.length; k++) {
  GROUP_OF_EVENT.push(group);
  group += 1 + (new RegExp(`${(EVENTS[k] as EventClass).pattern.source}|`).exec('') as RegExpExecArray).length - 1;
}

/** Each pattern made global once, to find its last match in the words before a number. */
const EVERY_MATCH = EVENTS.map((e) => ({ name: e.name, pattern: new RegExp(e.pattern.source, 'g') }));

/** The event named first in `after` (the words following the number), else the last one in `before`. */
export function findEvent(before: string, after: string): string | null {
  const first = ANY_EVENT.exec(after);
  if (first) return (EVENTS[GROUP_OF_EVENT.findIndex((group) => first[group] !== undefined)] as EventClass).name;
  // (events may overlap: "still remain in" is trapped at "still", present at "remain"; the later one counts)
  if (!ANY_EVENT.test(before)) return null;
  let best: { name: string; at: number } | null = null;
  for (const e of EVERY_MATCH) {
    const at = lastMatch(e.pattern, before);
    if (at >= 0 && (!best || at > best.at)) best = { name: e.name, at };
  }
  return best?.name ?? null;
}

/** Where the last match of the global `pattern` in `text` starts, else -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    at = m.index;
    if (m[0] === '') pattern.lastIndex++;
  }
  return at;
}

export function eventLabel(name: string): string {
  return EVENTS.find((e) => e.name === name)?.label ?? name;
}
