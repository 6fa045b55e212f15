// Step 6: the words that say who speaks, looked for in the reporter's text around one quote.
//   after:  `"...," Zakaria Malahifji, a Turkey-based official ..., told Reuters.`   `"...," said Staffan de Mistura`
//   before: `Assad said he would "continue ..."`   `The US officials had asked the fighters "do you want ..."`
//   noun:   `a joint announcement by Russia and the Syrian government of a "large-scale ..."`
//   colon:  `It backed that up with an ultimatum: "All those who ..."`

import { AUXILIARIES, DETERMINERS, DIRECT_VERBS, DOCUMENT_NOUNS, FUNCTION_WORDS, IRREGULAR_PAST, ORG_WORDS, PREPOSITIONS, PRONOUNS, REFLEXIVES, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS } from './lexicon.ts';
import { isNameToken } from './name-parts.ts';
import { byAgent, labelCue, participleCue, passiveAgent } from './clause-cues.ts';
import { coordinatedSubject } from './coordinated-subject.ts';
import { namedObjectClause } from './named-object-clause.ts';
import { nounPhraseFrom } from './noun-phrase.ts';
import { joinTokens, type Token } from './tokens.ts';

export interface Cue {
  kind: 'after' | 'before' | 'noun' | 'colon';
  /** The speaker phrase as written, still to be parsed: "Zakaria Malahifji, a Turkey-based official ...,". */
  phrase: string;
  /** Offset of the speaker phrase in the paragraph, to order mentions. */
  at: number;
  /** The speech noun of a noun cue: "joint announcement". */
  noun?: string;
  /** A second speaker who passes the quote on ("..., Malahifji said"). */
  relayedBy?: string;
  /** The sentence says the speaker is not named: "speaking on condition of anonymity". */
  anonymous?: boolean;
}

export const ANONYMITY = /anonymity|anonymously|not authori[sz]ed to|declined to be (?:named|identified)|asked not to be (?:named|identified)|unnamed/i;

/** Verbs that lead into another with "to": "used to say", "went on to tell", "is expected to announce". */
const LEAD_VERBS = /^(?:used|want|wants|wanted|like|likes|liked|tend|tends|tended|began|begin|begins|continue|continues|continued|expected|going|went|refused|declined|ought|appeared|seemed|chose|decided)$/;

const MODAL_OR_CLAUSE = /^(that|he|she|they|it|we|i|would|will|could|should|might|may|must|can|if|whether|to)$/;
const VERB_LIKE = /^(?:\p{L}+ed|is|was|were|are|has|had|have|will|would|could|can|also)$/u;

/** The masked text of the quote's sentence on one side of the quote, where it starts, and its tokens. */
export interface Side {
  text: string;
  at: number;
  tokens: readonly Token[];
}

export function findCue(before: Side, after: Side, isPartial: boolean): Cue | null {
  const cue = pickCue(before, after, isPartial);
  // "said a spokesperson for the ministry, who asked not to be named"
  return cue && ANONYMITY.test(`${before.text} ${after.text}`) ? { ...cue, anonymous: true } : cue;
}

function pickCue({ text: before, at: beforeAt, tokens: beforeTokens }: Side, { text: after, at: afterAt, tokens: afterTokens }: Side, isPartial: boolean): Cue | null {
  const afterCue = cueAfter(afterTokens, after, afterAt);
  // `"...," she told them, according to two people present`: who heard it is no speaker
  const according = (afterCue ? null : accordingTo(afterTokens)) ?? accordingTo(beforeTokens);
  if (according) return according;
  const verb = lastSpeechVerb(beforeTokens);
  if (verb !== null) {
    const agent = passiveAgent(beforeTokens, verb, afterTokens) ?? byAgent(beforeTokens, verb);
    if (agent) return agent;
    const beforeCue = cueBeforeVerb(beforeTokens, verb, before, beforeAt);
    if (beforeCue && (!afterCue || isPartial || governsQuote(beforeTokens, verb))) {
      return afterCue ? { ...beforeCue, relayedBy: afterCue.phrase } : beforeCue;
    }
  }
  if (afterCue) return afterCue;
  return nounCue(beforeTokens) ?? colonCue(beforeTokens, before) ?? labelCue(beforeTokens, before) ?? participleCue(beforeTokens);
}

function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !SPEECH_VERBS.has(t.key)) return false;
  // "the walkout would add to pressure on waiting lists": "add to" is not speech
  if (ADD.test(t.key) && tokens[i + 1]?.key === 'to') return false;
  // "Gulf States Power", "Consumer Reports": a capital inside a sentence that is not a title is a name's
  const prev = tokens[i - 1];
  // "sets a deadline for staff to say whether they will move": an infinitive no lead verb carries says
  // nothing yet ("used to say", "went on to tell" do)
  if (prev?.key === 'to' && !LEAD_VERBS.test(tokens[i - 2]?.key ?? '') && tokens[i - 2]?.key !== 'on') return false;
  if (prev && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(prev.text) && !isTitleCase(tokens)) return false;
  // "the claims", "its statement", "Russia’s calls" are nouns
  // "an opinion that said the law ...": "that" opens a clause before a verb in the past
  const relativeThat = prev?.key === 'that' && /ed$|^(said|told|wrote|read)$/.test(t.key);
  if (prev && !relativeThat && (DETERMINERS.has(prev.key) || /['’]s$/.test(prev.text))) return false;
  // "in an earlier post on its account", "added in a follow-up post:": a modifier between an article
  // or possessive and a word that can be a noun (not "The minister posts", where "the" is the subject's)
  return !(SPEECH_NOUNS.has(t.key) && NOUN_OPENERS.has(tokens[i - 2]?.key ?? '') && !/,/.test(prev?.text ?? ''));
}

/** "Minister Says Plan Will Go Ahead": most longer words capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  return long.length > 0 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.6 * long.length;
}

const ADD = /^add(s|ed)?$/;
const NOUN_OPENERS = new Set(['a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

function cueAfter(tokens: readonly Token[], text: string, at: number): Cue | null {
  let k = 0;
  while (tokens[k] && /^[,;]$/.test(tokens[k]?.text ?? '')) k++;
  const limit = Math.min(tokens.length, k + 30);
  for (let i = k; i < limit; i++) {
    const t = tokens[i];
    if (!t || t.text === ';' || t.text === ':') return null;
    if (!isSpeechVerb(tokens, i)) continue;
    if (i === k) {
      // `"...," told reporters`: the object of "told" is who heard it, never who spoke
      if (/^tells?$|^told$/.test(t.key)) return null;
      // inverted: "said Staffan de Mistura, invoking ...", "read one message", "chanted several dozen students who ..."
      const np = nounPhraseFrom(tokens, i + 1);
      return np.length > 0 ? { kind: 'after', phrase: joinTokens(np), at: np[0]?.start ?? at } : null;
    }
    const end = subjectEnd(tokens, i, k);
    // `"Ridiculous," was how one trader described the move`
    if (/^(was|is|were|are)$/.test(tokens[k]?.key ?? '') && /^(how|what)$/.test(tokens[k + 1]?.key ?? '')) k += 2;
    const start = tokens[k]?.start ?? at;
    const stop = tokens[end - 1]?.end ?? start;
    return { kind: 'after', phrase: text.slice(start - at, stop - at), at: start };
  }
  return null;
}

/** Where the subject of the verb at `verb` ends, auxiliaries and lead verbs left out:
 *  "has also said", "Alan Dunmore, used to say,", "she used to tell me", "went on to tell". */
function subjectEnd(tokens: readonly Token[], verb: number, floor: number): number {
  let end = verb;
  while (end > floor && AUXILIARIES.has(tokens[end - 1]?.key ?? '')) end--;
  if (tokens[end - 1]?.key !== 'to') return end;
  const lead = tokens[end - 2]?.key === 'on' && tokens[end - 3]?.key === 'went' ? 3 : LEAD_VERBS.test(tokens[end - 2]?.key ?? '') ? 2 : 0;
  if (lead === 0 || end - lead <= floor) return end;
  end -= lead;
  while (end > floor && AUXILIARIES.has(tokens[end - 1]?.key ?? '')) end--;
  return end;
}

/** "according to Jane Smith, a professor at ..." */
function accordingTo(tokens: readonly Token[]): Cue | null {
  const i = tokens.findIndex((t, k) => t.key === 'according' && tokens[k + 1]?.key === 'to');
  if (i < 0) return null;
  let np = nounPhraseFrom(tokens, i + 2);
  // "according to a statement from the European Centre for ...": the speaker is who made the statement
  const next = i + 2 + np.length;
  // "according to the charge sheet filed by the Anti-Corruption Bureau": who filed it
  const filed = /^\p{Ll}+ed$/u.test(np[np.length - 1]?.text ?? '') && tokens[next]?.key === 'by';
  if ((filed || SPEECH_NOUNS.has(np[np.length - 1]?.key ?? '')) && /^(from|by|of)$/.test(tokens[next]?.key ?? '')) {
    const maker = nounPhraseFrom(tokens, next + 1);
    if (maker.length > 0) np = maker;
  }
  return np.length > 0 ? { kind: 'after', phrase: joinTokens(np), at: np[0]?.start ?? 0 } : null;
}

function lastSpeechVerb(tokens: readonly Token[]): number | null {
  for (let i = tokens.length - 1; i >= 0; i--) if (isSpeechVerb(tokens, i) && !inObjectOf(tokens, i)) return i;
  return null;
}

/** `told Egyptian state television`, `urged member states to`: a present form one or two words after
 *  another speech verb, with no subject between them, is a noun in that verb's object. */
function inObjectOf(tokens: readonly Token[], i: number): boolean {
  if (/ed$|^(said|told|wrote|read)$/.test(tokens[i]?.key ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = tokens[k] as Token;
    if (/^[,;:]$/.test(t.text) || PRONOUNS.has(t.key) || /^(that|who|which)$/.test(t.key)) return false;
    if (isSpeechVerb(tokens, k)) return true;
  }
  return false;
}

function cueBeforeVerb(tokens: readonly Token[], verb: number, text: string, at: number): Cue | null {
  let end = subjectEnd(tokens, verb, 0);
  let start = end;
  while (start > 0 && !/^[;:]$/.test(tokens[start - 1]?.text ?? '')) start--;
  while (start < end && tokens[start]?.text === ',') start++;
  if (start === end) return null;
  [start, end] = coordinatedSubject(tokens, start, end, verb, (i) => isSpeechVerb(tokens, i)) ?? [start, end];
  [start, end] = namedObjectClause(tokens, start, end, verb) ?? [start, end];
  [start, end] = reportedSubject(tokens, start, end);
  [start, end] = writerOf(tokens, start, end) ?? [start, end];
  const from = tokens[start]?.start ?? at;
  const to = tokens[end - 1]?.end ?? from;
  return { kind: 'before', phrase: text.slice(from - at, to - at), at: from };
}

/** `Judge Wren granted the injunction in a 42-page opinion that said the law "..."`: who wrote the
 *  document that says it is the subject of the clause it stands in; with no such subject near, the
 *  document itself ("a report that said"). */
function writerOf(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  const noun = tokens[end - 2]?.key ?? '';
  if (!/^(that|which)$/.test(tokens[end - 1]?.key ?? '') || !(SPEECH_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun) || WRITTEN.has(noun))) return null;
  const verb = tokens.findIndex((t, k) => k > start && k < end - 2 && /^\p{Ll}/u.test(t.text) && (VERB_LIKE.test(t.key) || IRREGULAR_PAST.has(t.key) || /^(issued|granted|released|published)$/.test(t.key)));
  if (verb > start && verb - start <= 8 && !tokens.slice(start, verb).some((t) => t.text === ',')) return [start, verb];
  let from = end - 2;
  while (from > start && !/^[,;:]$/.test(tokens[from - 1]?.text ?? '') && !PREPOSITIONS.has(tokens[from - 1]?.key ?? '') && !VERB_LIKE.test(tokens[from - 1]?.key ?? '')) from--;
  return [from, end - 1];
}

const WRITTEN = new Set(['opinion', 'ruling', 'judgment', 'judgement', 'filing', 'complaint', 'lawsuit', 'study', 'survey', 'paper', 'review', 'email', 'emails', 'petition', 'editorial', 'policy']);

/** "The union said it had warned management ... "...": "it" is who said so, and so is "he" in "Ruiz
 *  said he had told them": the subject of the saying verb speaks; after any other verb ("Officials knew
 *  he had warned"), the pronoun does. */
function reportedSubject(tokens: readonly Token[], start: number, end: number): [number, number] {
  if (!/^(it|he|she|they)$/.test(tokens[end - 1]?.key ?? '')) return [start, end];
  const said = tokens[end - 2]?.key === 'that' ? end - 3 : end - 2;
  if (said <= start) return [start, end];
  // "Officials knew he had warned": after a verb of knowing, the pronoun itself speaks
  if (!isSpeechVerb(tokens, said)) return /^\p{Ll}+$/u.test(tokens[said]?.text ?? '') && !PREPOSITIONS.has(tokens[said]?.key ?? '') ? [end - 1, end] : [start, end];
  if (tokens[end - 1]?.key === 'they') return [start, end];
  const inner = subjectEnd(tokens, said, start);
  return inner > start ? [start, inner] : [start, end];
}

/** "asked the fighters "do you want ..."": only an object stands between the verb and the quote. */
function governsQuote(tokens: readonly Token[], verb: number): boolean {
  const between = tokens.slice(verb + 1);
  if (!DIRECT_VERBS.has(tokens[verb]?.key ?? '') || between.length > 4) return false;
  return between.every((t) => !MODAL_OR_CLAUSE.test(t.key) && !VERB_LIKE.test(t.key));
}

/** "a joint announcement by Russia and the Syrian government of a "..."" */
function nounCue(tokens: readonly Token[]): Cue | null {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i];
    if (!t || !SPEECH_NOUNS.has(t.key) || !/^(by|from)$/.test(tokens[i + 1]?.key ?? '')) continue;
    const np = nounPhraseFrom(tokens, i + 2);
    if (np.length === 0) continue;
    const adjective = tokens[i - 1] && !DETERMINERS.has(tokens[i - 1]?.key ?? '') ? `${tokens[i - 1]?.text} ` : '';
    return { kind: 'noun', phrase: joinTokens(np), at: np[0]?.start ?? 0, noun: adjective + t.text };
  }
  return null;
}

/** "It backed that up with an ultimatum: "..."": the subject of a clause that names something said. */
function colonCue(tokens: readonly Token[], text: string): Cue | null {
  if (!/:\s*$/.test(text)) return null;
  let start = tokens.length - 2;
  while (start > 0 && !/^[;:]$/.test(tokens[start - 1]?.text ?? '')) start--;
  const clause = tokens.slice(start, -1);
  if (!clause.some((t) => SPEECH_NOUNS.has(t.key))) return subjectOfColonClause(clause);
  const subject: Token[] = [];
  for (const t of clause) {
    if (subject.length > 0 && (VERB_LIKE.test(t.key) || AUXILIARIES.has(t.key) || SPEECH_VERBS.has(t.key))) break;
    if (t.text === ',') return null;
    subject.push(t);
    if (subject.length > 5) return null;
  }
  return subject.length > 0 ? { kind: 'colon', phrase: joinTokens(subject), at: subject[0]?.start ?? 0 } : null;
}

/** `Whitlow himself was more interested in the crowd: "..."`: with no speech noun, a clause before the
 *  colon still announces the words of its subject when that is a person, a role or an organisation
 *  ("The reason was simple:" announces nobody's). */
function subjectOfColonClause(clause: readonly Token[]): Cue | null {
  // "After the match, Whitlow was more interested ...": the subject follows the opening phrase
  const from = clause.findIndex((t, k) => k > 0 && t.text === ',' && !VERB_LIKE.test(clause[k + 1]?.key ?? '')) + 1;
  const verb = clause.findIndex((t, k) => k > from && (VERB_LIKE.test(t.key) || AUXILIARIES.has(t.key) || IRREGULAR_PAST.has(t.key)));
  if (verb < 1 || verb - from > 5) return null;
  let subject = clause.slice(from, verb);
  if (REFLEXIVES.has(subject.at(-1)?.key ?? '')) subject = subject.slice(0, -1);
  const last = subject.at(-1);
  if (!last || subject.some((t) => /^[,;:()]$/.test(t.text))) return null;
  const speaks = /^(he|she|they)$/.test(last.key) || ROLE_NOUNS.has(last.key) || ORG_WORDS.has(last.key) || (isNameToken(last) && !FUNCTION_WORDS.has(last.key));
  return speaks ? { kind: 'colon', phrase: joinTokens(subject), at: subject[0]?.start ?? 0 } : null;
}

/** Every "X said" in a sentence without quotes, so that a later "he said" or "It ..." can find X:
 *  "The army announced a reduction in shelling ..." -> "The army" */
export function speechSubjects(tokens: readonly Token[], sentence: string, at: number): Cue[] {
  const cues: Cue[] = [];
  let lastVerb = -1;
  tokens.forEach((_, i) => {
    if (!isSpeechVerb(tokens, i)) return;
    const cue = cueBeforeVerb(tokens.slice(0, i + 1), i, sentence, at);
    // "She urged member states to ...": "states" is a noun when a speech verb stands in its subject
    const subjectStart = cue ? tokens.findIndex((t) => t.start >= cue.at) : -1;
    if (cue && !(lastVerb >= subjectStart && subjectStart >= 0)) cues.push(cue);
    lastVerb = i;
  });
  return cues;
}
