// One speaker, many names: across every article of a briefing, "Staffan de Mistura", "de Mistura",
// "De Mistura" and "the UN envoy" are one speaker, named by the fullest form ("Staffan de Mistura").
//   short names join the one longer name they end with ("Assad" -> "Bashar al-Assad");
//   a short name that ends two different longer names ("Clinton") is left on its own;
//   spellings fold ("U.S. official" = "US official", "al-Assad" = "al Assad").

import { NAME_PARTICLES, PRONOUNS, ROLE_NOUNS } from './lexicon.ts';
import { parseMention } from './05-parse-mention.ts';
import { nameKey } from './name-key.ts';
import type { Quote, SpeakerKind } from './types.ts';

export interface Speaker {
  id: string;
  /** The fullest name found across the briefing: "Staffan de Mistura". */
  name: string;
  /** Every other way the articles name or describe the speaker: "de Mistura", "UN envoy". */
  aliases: string[];
  kind: SpeakerKind;
  quotes: { file: string; index: number }[];
}

export interface SpeakerIndex {
  speakers: Speaker[];
  /** For each file, the speaker id of each of its quotes (null when the quote has no speaker). */
  byQuote: Record<string, (string | null)[]>;
}

export interface ArticleQuotes {
  file: string;
  quotes: readonly Quote[];
}

/** Name tokens without particles: "Staffan de Mistura" -> ["staffan", "mistura"]. */
export const coreTokens = (name: string): string[] => nameKey(name).split(' ').filter((t) => t && !NAME_PARTICLES.has(t));

const endsWith = (long: readonly string[], short: readonly string[]): boolean =>
  short.length > 0 && short.length <= long.length && short.every((t, k) => long[long.length - short.length + k] === t);

export function resolveSpeakers(articles: readonly ArticleQuotes[]): SpeakerIndex {
  const written = new Map<string, { forms: Map<string, number>; kind: SpeakerKind; named: boolean; roles: Set<string> }>();
  for (const { quotes } of articles) {
    for (const q of quotes) {
      if (!q.speaker) continue;
      const key = clusterKey(q);
      const entry = written.get(key) ?? { forms: new Map(), kind: q.speakerKind, named: isNamed(q), roles: new Set() };
      entry.forms.set(q.speaker, (entry.forms.get(q.speaker) ?? 0) + 1);
      q.speakerRoles.forEach((r) => entry.roles.add(r));
      written.set(key, entry);
    }
  }
  // longest names first, so each shorter one can find the single longer name it ends with
  const keys = [...written.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  // a longer name that ends with a shorter one ends with its last word
  const byLastWord = new Map<string, string[]>();
  for (const key of keys) {
    if (!written.get(key)?.named) continue;
    const last = key.split(' ').at(-1) ?? '';
    byLastWord.set(last, [...(byLastWord.get(last) ?? []), key]);
  }
  const parent = new Map<string, string>();
  for (const key of keys) {
    const entry = written.get(key);
    if (!entry?.named) continue;
    const words = key.split(' ');
    const longer = (byLastWord.get(words.at(-1) ?? '') ?? []).filter((k) => k !== key && k.split(' ').length > words.length && endsWith(k.split(' '), words));
    const roots = new Set(longer.map((k) => rootOf(parent, k)));
    if (roots.size === 1) parent.set(key, [...roots][0] ?? key);
  }
  linkRoles(written, parent);
  const members = new Map<string, string[]>();
  for (const key of written.keys()) {
    const root = rootOf(parent, key);
    members.set(root, [...(members.get(root) ?? []), key]);
  }
  const speakers = new Map<string, Speaker>();
  const byQuote: Record<string, (string | null)[]> = {};
  for (const { file, quotes } of articles) {
    byQuote[file] = quotes.map((q, index) => {
      if (!q.speaker) return null;
      const root = rootOf(parent, clusterKey(q));
      const speaker = speakers.get(root) ?? newSpeaker(root, members.get(root) ?? [root], written);
      speakers.set(root, speaker);
      speaker.quotes.push({ file, index });
      addAliases(speaker, q);
      return speaker.id;
    });
  }
  return { speakers: [...speakers.values()], byQuote };
}

/** "UN envoy" quoted in an article that never names him -> the named speaker another article gives
 *  that role ("The U.N. Special Envoy for Syria, Staffan de Mistura"), when exactly one fits. */
function linkRoles(written: Map<string, { named: boolean; kind: SpeakerKind; roles: Set<string> }>, parent: Map<string, string>): void {
  // every role a named speaker is given, listed under each of its words
  const roles: { owner: string; words: Set<string> }[] = [];
  const rolesWith = new Map<string, number[]>();
  for (const [owner, entry] of written) {
    if (!entry.named) continue;
    for (const role of entry.roles) {
      const words = new Set(nameKey(role).split(' '));
      for (const word of words) rolesWith.set(word, [...(rolesWith.get(word) ?? []), roles.length]);
      roles.push({ owner, words });
    }
  }
  for (const [key, entry] of written) {
    const words = key.split(' ');
    // "the city", "the country's health ministry": only a role noun ("UN envoy") can be a person's role
    if (entry.named || entry.kind !== 'unknown' || !ROLE_NOUNS.has(words.at(-1) ?? '')) continue;
    const fewest = words.map((word) => rolesWith.get(word) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const roots = new Set<string>();
    for (const r of fewest) {
      const role = roles[r] as { owner: string; words: Set<string> };
      if (words.every((w) => role.words.has(w))) roots.add(rootOf(parent, role.owner));
    }
    if (roots.size === 1) parent.set(key, [...roots][0] ?? key);
  }
}

const speakersById = new WeakMap<SpeakerIndex, Map<string, Speaker>>();

/** The canonical speaker of one quote, or null. */
export function speakerOf(index: SpeakerIndex, file: string, quote: number): Speaker | null {
  const id = index.byQuote[file]?.[quote];
  if (!id) return null;
  let byId = speakersById.get(index);
  if (!byId) speakersById.set(index, (byId = new Map(index.speakers.map((s) => [s.id, s]))));
  return byId.get(id) ?? null;
}

function isNamed(q: Quote): boolean {
  return q.speakerKind === 'person' || (q.speakerKind === 'organisation' && /^\p{Lu}/u.test(q.speaker ?? ''));
}

function clusterKey(q: Quote): string {
  return isNamed(q) ? coreTokens(q.speaker ?? '').join(' ') : nameKey(q.speaker ?? '');
}

function rootOf(parent: Map<string, string>, key: string): string {
  let k = key;
  for (let guard = 0; parent.has(k) && guard < 20; guard++) k = parent.get(k) ?? k;
  return k;
}

function newSpeaker(root: string, members: readonly string[], written: Map<string, { forms: Map<string, number>; kind: SpeakerKind }>): Speaker {
  const forms = members.flatMap((key) => [...(written.get(key)?.forms.entries() ?? [])]);
  // fullest name first, then the most used spelling
  forms.sort((a, b) => coreTokens(b[0]).length - coreTokens(a[0]).length || b[1] - a[1] || b[0].length - a[0].length);
  const name = forms[0]?.[0] ?? root;
  const kind = written.get(root)?.kind ?? 'unknown';
  return { id: root, name, aliases: [], kind, quotes: [] };
}

/** The names the articles use ("de Mistura", "US official") and short roles ("UN envoy"). */
function addAliases(speaker: Speaker, q: Quote): void {
  const mention = q.speakerMention && !q.speakerMention.includes(',') ? parseMention(q.speakerMention) : null;
  const roles = q.speakerRoles.map(cleanRole).filter((r) => r.split(' ').length >= 2 && r.split(' ').length <= 6);
  const candidates = [q.speaker, q.speaker?.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), mention?.name, mention?.descriptor, ...roles];
  for (const alias of candidates) {
    if (!alias || PRONOUNS.has(alias.toLowerCase()) || mention?.pronoun) continue;
    if (alias === speaker.name || speaker.aliases.includes(alias) || /^(one|another)\b/i.test(alias)) continue;
    speaker.aliases.push(alias);
  }
}

/** "Army spokesman Brig. Gen." -> "Army spokesman"; "Turkey-based official for ... which is ..." -> "Turkey-based official for ..." */
function cleanRole(role: string): string {
  return role
    .replace(/\s+(?:which|who|that|where)\b.*$/, '')
    .replace(/(?:\s+\p{Lu}\p{Ll}{0,4}\.)+$/u, '')
    .trim();
}
