// What an article tells about its sources, for resolving a claim's source to a name: full names
// ("Staffan de Mistura" for "De Mistura"), roles ("The U.N. Special Envoy for Syria, Staffan de Mistura"),
// and organisations a "monitor" or "the observatory" can stand for.
import type { Token } from './02-tokenize.ts';

export interface ClaimantContext {
  /** Last name (lower case) -> the longest full name seen. */
  persons: Map<string, string>;
  /** Role key ("un special envoy for syria") -> name. */
  roles: Map<string, string>;
  orgs: { name: string; sentence: number }[];
  /** "Office for National Statistics (ONS)": "ONS" -> the name it abbreviates. */
  acronyms: Map<string, string>;
  /** Capitalised words the article also uses alone ("Norvane", "Thorne"): a name's short form. */
  soleWords: Set<string>;
  /** First word (lower case) -> the one longer name it opens ("norvane" -> "Norvane Software"); null when several. */
  byFirstWord: Map<string, string | null>;
}

/** Words that make a capitalised run a title rather than a name: "Russian Defence Minister Sergei Shoigu". */
export const TITLE_WORDS = new Set(
  ('president prime minister secretary spokesman spokeswoman spokesperson envoy ambassador gen general brig ' +
    'col colonel lt maj major captain capt commander chief director official officials leader mr mrs ms dr sir ' +
    'sheikh king queen prince chairman chairwoman governor mayor senator sen rep adviser advisor analyst ' +
    'president-elect coordinator commissioner representative negotiator premier chancellor correspondent ' +
    'reporter journalist editor monitor head attorney lawyer executive manager judge prosecutor coach')
    .split(' '),
);
const PARTICLES = new Set(['de', 'al', 'van', 'von', 'bin', 'el', 'la', 'du', 'di', 'da', 'ibn', 'der', 'den', 'le', 'of', 'for']);
/** Words that make a capitalised run an organisation. */
export const ORG_WORDS = /\b(Observatory|Watch|Nations|Agency|Council|Ministry|Committee|Organi[sz]ation|Front|Army|Group|Union|Bank|Fund|Office|Rights|International|Commission|Institute|Cent(er|re)|Cross|Crescent|Federation|Association|Party|Movement|Forces|Court|Department|Oxfam|UNICEF|UNHCR|WHO|UN|NATO)\b/;

/**
 * What one sentence tells about names, in the order the article's context takes it in: a capitalised
 * word used alone, a longer name by its first word, an acronym in brackets, an organisation, a person's
 * full name under its last word, and a role ("un special envoy for syria") with the name holding it.
 */
export type NameNote =
  | { kind: 'sole'; word: string }
  | { kind: 'first'; words: readonly string[] }
  | { kind: 'acronym'; acronym: string; name: string }
  | { kind: 'org'; name: string }
  | { kind: 'person'; key: string; full: string }
  | { kind: 'role'; role: string; name: string; afterComma: boolean };

/** `names`: readNames of each sentence's tokens, in reading order. */
export function buildClaimantContext(sentences: { names: readonly NameNote[]; index: number }[]): ClaimantContext {
  const ctx: ClaimantContext = { persons: new Map(), roles: new Map(), orgs: [], acronyms: new Map(), soleWords: new Set(), byFirstWord: new Map() };
  for (const { names, index } of sentences) {
    for (const note of names) takeNote(ctx, note, index);
  }
  return ctx;
}

function takeNote(ctx: ClaimantContext, note: NameNote, index: number): void {
  switch (note.kind) {
    case 'sole':
      ctx.soleWords.add(note.word);
      return;
    case 'first':
      noteFirstWord(ctx.byFirstWord, note.words);
      return;
    case 'acronym':
      ctx.acronyms.set(note.acronym, note.name);
      return;
    case 'org':
      ctx.orgs.push({ name: note.name, sentence: index });
      return;
    case 'person':
      if ((ctx.persons.get(note.key)?.length ?? 0) < note.full.length) ctx.persons.set(note.key, note.full);
      return;
    case 'role':
      if (!note.afterComma || index >= 0) ctx.roles.set(note.role, note.name);
      return;
  }
}

/**
 * The names one sentence tells of, read from its tokens alone (so a sentence that comes back in another
 * article is read once: see sentence-reading.ts).
 */
export function readNames(tokens: Token[]): NameNote[] {
  const notes: NameNote[] = [];
  for (const run of capitalRuns(tokens)) {
    let words = run.words;
    // "Members of Amalgamated Transit Union Local 1874 walked off": the members are not the name
    if (run.start === 0 && words.length > 2 && words[1] === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(words[0] as string)) words = words.slice(2);
    if (words.length === 1) notes.push({ kind: 'sole', word: (words[0] as string).replace(/['’]s?$/, '') });
    else notes.push({ kind: 'first', words });
    const text = words.join(' ');
    const short = tokens[run.end + 2];
    if (run.next === '(' && short && /^\p{Lu}{2,6}$/u.test(short.text) && tokens[run.end + 3]?.text === ')' && words.length > 1) {
      notes.push({ kind: 'acronym', acronym: short.text, name: stripDescriptors(text.replace(/^The /, '')) });
    }
    if (ORG_WORDS.test(text)) {
      notes.push({ kind: 'org', name: stripDescriptors(text.replace(/^The /, '')).replace(/(\s+\p{Ll}\S*)+$/u, '') });
      continue;
    }
    const { role, name } = splitTitle(words);
    if (name.length >= 2 && name.length <= 4) {
      const full = name.join(' ');
      const key = ((name[name.length - 1] as string).split('-').pop() as string).toLowerCase();
      notes.push({ kind: 'person', key, full });
      if (role.length) notes.push({ kind: 'role', role: roleKey(role.join(' ')), name: full, afterComma: false });
    } else if (role.length && run.next === ',') {
      // "The U.N. Special Envoy for Syria, Staffan de Mistura": the name follows the comma
      const after = capitalRuns(tokens.slice(run.end + 2), 1)[0];
      if (after && after.start === 0 && after.words.length >= 2 && !ORG_WORDS.test(after.words.join(' '))) {
        const full = splitTitle(after.words).name.join(' ');
        if (full) notes.push({ kind: 'role', role: roleKey(role.join(' ')), name: full, afterComma: true });
      }
    }
  }
  return notes;
}

function noteFirstWord(byFirstWord: Map<string, string | null>, words: readonly string[]): void {
  const first = (words[0] as string).toLowerCase();
  // ("ECB President Christine Lagarde" is a person, not what "ECB" stands for)
  if (/^(the|a|an)$/.test(first) || words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return;
  const name = words.join(' ');
  const known = byFirstWord.get(first);
  if (known === undefined) byFirstWord.set(first, name);
  else if (known !== null && known !== name) byFirstWord.set(first, null);
}

export function roleKey(role: string): string {
  return role.toLowerCase().replace(/\./g, '').replace(/^(the|a|an) /, '').replace(/\s+/g, ' ').trim();
}

/** ["Army", "spokesman", "Brig.", "Gen.", "Samir", "Suleiman"] -> role up to the last title word, name after. */
export function splitTitle(words: string[]): { role: string[]; name: string[] } {
  let last = -1;
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (TITLE_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower)) last = i;
  });
  let k = last + 1;
  // "US Secretary of State John Kerry"
  while (last >= 0 && /^(of|for)$/.test(words[k] ?? '') && words[k + 1]) k += 2;
  const name = words.slice(k);
  while (name.length && PARTICLES.has((name[0] as string).toLowerCase())) name.shift();
  return { role: words.slice(0, k), name };
}

interface Run {
  words: string[];
  start: number;
  end: number;
  next: string;
}

/**
 * Runs of capitalised words, with name particles and titles inside: "Staffan de Mistura", "Brig. Gen. Samir
 * Suleiman". `limit`: stop after that many runs (a caller that wants the first one reads no further).
 */
export function capitalRuns(tokens: Token[], limit = Infinity): Run[] {
  const runs: Run[] = [];
  let words: string[] = [];
  let start = -1;
  const flush = (end: number) => {
    if (!words.length) return;
    while (words.length && PARTICLES.has((words[words.length - 1] as string).toLowerCase())) words.pop();
    if (words.length) runs.push({ words, start, end, next: tokens[end + 1]?.text ?? '' });
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.capital || (words.length && PARTICLES.has(t.lower)) || (words.length && TITLE_WORDS.has(t.lower))) {
      if (!words.length) start = i;
      // "al-Assad", "ex-Nusra": glued hyphen compounds stay one word
      let word = t.text;
      while (tokens[i + 1]?.text === '-' && !tokens[i + 1]?.space && tokens[i + 2] && !tokens[i + 2]?.space && tokens[i + 2]?.word) {
        word += '-' + (tokens[i + 2] as Token).text;
        i += 2;
      }
      words.push(word);
      if (tokens[i + 1]?.text === '.' && /^(Gen|Brig|Col|Lt|Maj|Capt|Mr|Mrs|Ms|Dr|St)$/.test(t.text)) {
        words[words.length - 1] += '.';
        i++;
      }
      continue;
    }
    // "Amalgamated Transit Union Local 1874": a number closes an organisation's name
    if (t.digits && words.length > 1 && !t.text.includes(',') && ORG_WORDS.test(words.join(' ')) && !tokens[i + 1]?.digits) {
      words.push(t.text);
      flush(i);
      if (runs.length >= limit) return runs;
      continue;
    }
    flush(i - 1);
    if (runs.length >= limit) return runs;
  }
  flush(tokens.length - 1);
  return runs;
}

/**
 * "the state Sana news agency" -> "Sana news agency"; "New York-based watchdog" -> "watchdog";
 * "Britain-based Syrian Observatory for Human Rights monitor" -> "Syrian Observatory for Human Rights".
 */
export function stripDescriptors(text: string): string {
  return text
    .replace(/^(?:\p{Lu}\S*\s+)*\S+-based\s+/u, '')
    .replace(/^(state|state-run|state-owned|official|independent)\s+/i, '')
    .replace(/^((?:(?:\p{Lu}\S*|for|of|de|al|the|and)\s+)*\p{Lu}\S*)\s+(monitor|watchdog|group|organi[sz]ation)$/u, '$1')
    .trim();
}
