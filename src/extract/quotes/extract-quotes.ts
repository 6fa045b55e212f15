// Every direct quotation in one cleaned article, with its speaker as the article names it.
// Reads top to bottom as the pipeline: marks -> mask -> sentences -> cue -> mention -> resolve -> continue.

import type { CleanArticle, Paragraph } from '../../core/article.ts';
import { paragraphSource, readingParagraphs } from './01-paragraph-source.ts';
import { findQuoteMarks } from './02-find-quote-marks.ts';
import { maskQuotes } from './03-mask-quotes.ts';
import { splitSentences } from './04-split-sentences.ts';
import { parseMention } from './05-parse-mention.ts';
import { findCue, speechSubjects, type Cue } from './06-find-cue.ts';
import { findPeople } from './07-find-people.ts';
import { resolveMention, type ArticleContext } from './08-resolve-mention.ts';
import { continueSpeakers, type Draft } from './09-continue-speakers.ts';
import { addGenderVotes } from './gender.ts';
import { isTitleOrLabel } from './is-title-or-label.ts';
import { leadInPerson } from './lead-in.ts';
import { roleSubject } from './role-subject.ts';
import type { Mention, Quote, QuoteKind, RawQuote } from './types.ts';

interface Located extends Draft {
  raw: RawQuote;
  offset: number;
  kind: QuoteKind;
  relayedBy: string | null;
}

export function extractQuotes(article: CleanArticle): Quote[] {
  const prepared = readingParagraphs(article).map((paragraph) => {
    const source = paragraphSource(article, paragraph);
    const marks = findQuoteMarks(source, { single: paragraph.kind !== 'body' });
    const masked = maskQuotes(source, marks);
    // titles and labels stay masked, but are no quotations: `memoir, "The Long Way Home", has`
    const raw = paragraph.kind === 'body' ? marks.filter((q) => !isTitleOrLabel(source.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' '), masked.slice(0, q.open), masked.slice(q.end))) : marks;
    const people = findPeople(masked, paragraph.start);
    return { paragraph, source, raw, masked, people, sentences: splitSentences(source, masked, raw) };
  });
  const ctx: ArticleContext = { people: prepared.flatMap((p) => p.people), history: [], sentences: [], votes: new Map() };
  for (const { paragraph, masked, people, sentences } of prepared) {
    for (const { start, end } of sentences) {
      const inside = people.filter((p) => p.at >= paragraph.start + start && p.at < paragraph.start + end);
      addGenderVotes(ctx.votes, masked.slice(start, end), inside, paragraph.start + start);
    }
  }
  const drafts: Located[] = [];
  prepared.forEach(({ paragraph, source, raw, masked, sentences }, p) => {
    const announced = leadInPerson(prepared[p - 1]?.masked, prepared[p - 1]?.people ?? []);
    sentences.forEach((sentence, s) => {
      const inSentence = raw.filter((q) => q.open >= sentence.start && q.open < sentence.end);
      const cued = new Set<number>();
      inSentence.forEach((q, k) => {
        const from = Math.max(sentence.start, inSentence[k - 1]?.end ?? 0);
        const to = Math.min(sentence.end, inSentence[k + 1]?.open ?? sentence.end);
        const before = masked.slice(from, q.open);
        const after = masked.slice(q.end, Math.max(q.end, to));
        const text = source.slice(q.innerStart, q.innerEnd).replace(/\s+/g, ' ');
        const partial = /^\P{Lu}*\p{Ll}/u.test(text.slice(0, 2)) && /[\p{L}\p{N}]/u.test(before);
        const leadIn = announced && k === 0 && s === 0 && !source.slice(0, q.open).trim() ? announced : null;
        const cue = leadIn ? { kind: 'colon' as const, phrase: leadIn, at: paragraph.start } : cueOrShared(findCue(before, paragraph.start + from, after, paragraph.start + q.end, partial),
          () => findCue(masked.slice(sentence.start, q.open), paragraph.start + sentence.start, after, paragraph.start + q.end, partial));
        const parsed = cue ? parseMention(cue.phrase) : null;
        const mention = parsed && cue?.anonymous ? { ...parsed, anonymous: !parsed.name && !parsed.pronoun } : parsed;
        const entity = mention && cue ? resolveMention(mention, ctx, mentionAt(cue, mention)) : null;
        // "a joint announcement by Russia and the Syrian government" -> "Russia and the Syrian government (joint announcement)"
        const said = entity && cue?.noun && !entity.speaker.endsWith(`(${cue.noun})`) ? { ...entity, speaker: `${entity.speaker} (${cue.noun})` } : entity;
        if (said && cue) {
          cued.add(cue.at);
          ctx.history.push(said);
        }
        const relay = cue?.relayedBy ? parseMention(cue.relayedBy) : null;
        drafts.push({
          raw: q,
          offset: paragraph.start,
          paragraph: paragraph.index,
          sentence: s,
          text,
          cue: cue ? cue.kind : 'none',
          entity: said,
          mention: cue ? cue.phrase.replace(/^[\s,;:]+|[\s,;:]+$/g, '') : null,
          sentenceLike: /^[\p{Lu}\p{N}]/u.test(text) && (text.split(' ').length >= 4 || /[.!?,]$/.test(text)),
          kind: quoteKind(paragraph, partial),
          relayedBy: relay ? (resolveMention(relay, ctx, cue?.at ?? 0)?.speaker ?? null) : null,
        });
      });
      const text = masked.slice(sentence.start, sentence.end);
      const subjects = speechSubjects(text, paragraph.start + sentence.start);
      const role = inSentence.length === 0 && subjects.length === 0 ? roleSubject(text, paragraph.start + sentence.start) : null;
      for (const cue of role ? [role] : subjects) {
        if (cued.has(cue.at)) continue;
        const mention = parseMention(cue.phrase);
        const entity = mention ? resolveMention(mention, ctx, mentionAt(cue, mention)) : null;
        if (entity) ctx.history.push(entity);
      }
      ctx.sentences.push({ text, at: paragraph.start + sentence.start });
    });
  });
  return continueSpeakers(drafts).map(toQuote);
}

/** `called the response "..." and said families "..."`: a verb after "and" shares the subject of the
 *  clause before the earlier quote, so the cue is looked for again from the start of the sentence. */
function cueOrShared(cue: Cue | null, fromSentenceStart: () => Cue | null): Cue | null {
  if (!cue || !/^(and|but|or|then|and then)$/i.test(cue.phrase.trim())) return cue;
  return fromSentenceStart() ?? cue;
}

/** A pronoun is read where it stands, not where its clause starts: in "Stella Hughes posted on
 *  Instagram that she would write", "she" comes after "Stella Hughes" and can mean her. */
function mentionAt(cue: { phrase: string; at: number }, mention: Mention): number {
  if (!mention.pronoun) return cue.at;
  const last = [...cue.phrase.matchAll(new RegExp(`\\b${mention.pronoun}\\b`, 'gi'))].at(-1);
  return cue.at + (last?.index ?? 0);
}

function quoteKind(paragraph: Paragraph, partial: boolean): QuoteKind {
  if (paragraph.kind !== 'body') return 'headline';
  return partial ? 'partial' : 'full';
}

function toQuote(d: Located): Quote {
  return {
    text: d.text,
    start: d.offset + d.raw.innerStart,
    end: d.offset + d.raw.innerEnd,
    paragraph: d.paragraph,
    kind: d.kind,
    closed: d.raw.closed,
    speaker: d.entity?.speaker ?? null,
    speakerKind: d.entity?.kind ?? 'unknown',
    speakerMention: d.mention,
    cue: d.cue,
    speakerRoles: d.entity?.roles ?? [],
    relayedBy: d.relayedBy,
  };
}
