// A role phrase that points back to a person the article named with a role in other words:
//   "the company's chief executive" -> "Thomas Reinholt, Veridia's chief executive"
//   "dockworkers' leader"           -> "Denise Mulvaney, president of the International Longshore Alliance"
//   "the prosecutor"                -> "Assistant U.S. Attorney Daniel Pruitt" (not "Cole's attorney, Gregory Salas")
//   "the president"                 -> of two presidents, the one the article named last ("Lula, 77, ...")
// The head noun must match a word of the role or a word of its family; the other words of the phrase
// must be in the role too, except lower-case words that only say whose the role is ("the company's",
// "the union") or how long it has been held ("former").

import { ORG_WORDS } from './lexicon.ts';
import { nameKey, tokensOfName } from './name-key.ts';

/** Words that stand for one another as the head of a role: "leader" for "president of the union". */
const FAMILIES: readonly (readonly string[])[] = [
  ['leader', 'president', 'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'chief', 'secretary general'],
  ['chief', 'head', 'director', 'ceo', 'chief executive', 'boss', 'commissioner'],
  ['executive', 'ceo', 'chief executive', 'boss'],
  ['ceo', 'chief executive', 'boss'],
  ['boss', 'manager', 'coach', 'head coach', 'ceo', 'chief executive'],
  ['manager', 'boss', 'coach', 'head coach'],
  ['coach', 'manager', 'boss', 'head coach'],
  ['prosecutor', 'us attorney', 'district attorney', 'attorney general', 'state attorney', 'crown prosecutor'],
  ['lawyer', 'attorney', 'counsel', 'solicitor', 'barrister'],
  ['attorney', 'lawyer', 'counsel'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['spokeswoman', 'spokesman', 'spokesperson'],
  ['spokesperson', 'spokesman', 'spokeswoman'],
  ['minister', 'secretary'],
  ['judge', 'justice', 'magistrate'],
  ['doctor', 'physician', 'dr', 'surgeon'],
  ['captain', 'skipper'],
  ['skipper', 'captain'],
  ['goalkeeper', 'keeper'],
  ['keeper', 'goalkeeper'],
];

const BY_HEAD = new Map<string, readonly string[]>();
for (const [head, ...others] of FAMILIES) {
  if (head) BY_HEAD.set(head, [...new Set([head, ...(BY_HEAD.get(head) ?? []), ...others])]);
}

/** Lower-case words that may stand in a role phrase without being in the role itself. */
const LOOSE = new Set([...ORG_WORDS, 'company', 'firm', 'club', 'team', 'side', 'country', 'city', 'state', 'nation', 'industry',
  'former', 'new', 'current', 'longtime', 'veteran', 'top', 'senior', 'local', 'then']);

export interface RoleHolder {
  name: string;
  roles: readonly string[];
  at: number;
}

/** The holder whose role fits `descriptor` best ("the company's chief executive", written as in the
 *  text); of equal fits the last named before `at`, or the first named after it (a headline). */
export function personWithRole(descriptor: string, holders: readonly RoleHolder[], at: number, isOrganisation: (name: string) => boolean): RoleHolder | null {
  const words = descriptorWords(descriptor);
  const head = words.at(-1);
  if (!head) return null;
  const family = BY_HEAD.get(head) ?? [head];
  let best: { holder: RoleHolder; score: number } | null = null;
  for (const holder of holders) {
    const score = Math.max(-1, ...holder.roles.map((role) => fit(words, family, role)));
    if (score < 0 || isOrganisation(holder.name)) continue;
    if (!best || score > best.score || (score === best.score && isNearer(holder.at, best.holder.at, at))) best = { holder, score };
  }
  return best?.holder ?? null;
}

/** Before `at` and later beats after it; after `at`, earlier beats later. */
function isNearer(candidate: number, current: number, at: number): boolean {
  if (candidate < at) return current >= at || candidate > current;
  return current >= at && candidate < current;
}

/** "the company's chief executive" -> ["chief", "executive"]; "dockworkers' leader" -> ["leader"]. */
function descriptorWords(descriptor: string): string[] {
  const kept = descriptor.split(/\s+/).filter((w) => w && !/^(the|a|an)$/i.test(w) && !/^\p{Ll}[\p{L}-]*(?:['’]s|s['’])$/u.test(w));
  return tokensOfName(kept.join(' ')).slice();
}

/** -1 when the role does not fit; else how many modifiers it shares with the phrase. */
function fit(words: readonly string[], family: readonly string[], role: string): number {
  const key = ` ${nameKey(role)} `;
  if (!family.some((w) => key.includes(` ${w} `))) return -1;
  let shared = 0;
  for (const w of words.slice(0, -1)) {
    if (key.includes(` ${w} `)) shared++;
    else if (!LOOSE.has(w)) return -1;
  }
  return shared;
}
