// Closed word classes for reading the noun after a number without a parser: "1,000 rebel fighters out
// of the city" stops at "out"; "Syrians lost their lives" stops at the verb "lost".

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that end the counted noun phrase. */
export const STOP = words(`
  of in on at to from by with for into inside onto out over under across around through within without
  since during before after until till between among against toward towards about per via than like near
  and or but nor so yet as if because while when where who whom whose which what that this these those
  the a an their its his her our my your them they we he she it i you there here
  is are was were be been being am has have had having do does did will would shall should may might
  can could must ought not no never still also now ago already alone only just last next each every
  more less most least very too then even again both either neither all some any many much few
  reportedly allegedly apparently recently mostly mainly including included
`);

/** Verbs that follow a number with no noun: "no more than 900 remain", "12 million have lost". */
export const VERBS = words(`
  remain remained remains lost left died die dies fled flee flees fell rose came went got made took
  gave saw ran won live lived work worked need needed face faced returned return stay stayed
  arrived arrive joined crossed received say said says told tell include lack lacked risk gathered
  attended protested signed voted sit sat stand stood marched perished survived went were
`);

/** Words that sit between a number and its noun without being the noun: "47 such munitions attacks". */
export const SKIPPABLE = words('such more other additional further new extra another some');

/** Plurals without an -s, and adjectives used as plural nouns: "2000 injured", "10 dead". */
export const IRREGULAR_PLURALS = words(`
  people children men women police personnel staff troops cattle livestock sheep fish feet teeth
  dead wounded injured homeless missing displaced
`);

export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');

/** Words before a number that make it a label, not a quantity: "Resolution 2254", "Route 5", "No. 10". */
export const DESIGNATORS = words(`
  no number resolution article route highway flight chapter section page paragraph clause room gate
  platform terminal level phase stage round tier grade category class type model version channel
  division brigade regiment battalion squadron corps unit district zone sector block building floor
  apollo operation act law decree bill item figure table exhibit note episode season vol volume
  line bus road street avenue ward bed cell camp kilometre kilometer km junction exit
`);

/** A bare number after these is a year: "since 2011", "in 2016", "the 2016 election". */
export const YEAR_LEADS = words('in since by until till from of before after during early late mid the to through around circa');

/** Fractions read as shares, not counts ("two-thirds of the city"); vague like "half". */
export const FRACTIONS = words('half halves third thirds quarter quarters fifth fifths tenth tenths');

export function isPluralNoun(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (STOP.has(lower) || VERBS.has(lower)) return false;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}

export function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}
