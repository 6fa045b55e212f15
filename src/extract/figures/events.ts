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

/** The event named first in `after` (the words following the number), else the last one in `before`. */
export function findEvent(before: string, after: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const e of EVENTS) {
    const m = e.pattern.exec(after);
    if (m && (!best || m.index < best.at)) best = { name: e.name, at: m.index };
  }
  if (best) return best.name;
  for (const e of EVENTS) {
    const all = [...before.matchAll(new RegExp(e.pattern.source, 'g'))];
    const m = all[all.length - 1];
    if (m && (!best || (m.index ?? 0) > best.at)) best = { name: e.name, at: m.index ?? 0 };
  }
  return best?.name ?? null;
}

export function eventLabel(name: string): string {
  return EVENTS.find((e) => e.name === name)?.label ?? name;
}
