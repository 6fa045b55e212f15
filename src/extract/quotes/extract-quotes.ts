// Every direct quotation in one cleaned article, with its speaker as the article names it.
// Reads top to bottom as the pipeline: marks -> mask -> sentences -> cue -> mention -> resolve -> continue;
// the steps that need only one paragraph's words (up to the cue, and the people named) are in
// read-paragraph.ts.

import type { CleanArticle } from '../../core/article.ts';
import { paragraphSource, readingParagraphs } from './01-paragraph-source.ts';
import { parseMention } from './05-parse-mention.ts';
import { resolveMention, type ArticleContext } from './08-resolve-mention.ts';
import { continueSpeakers, type Draft } from './09-continue-speakers.ts';
import type { Cue } from './06-find-cue.ts';
import { introducedSpeaker } from './introduced-speaker.ts';
import { leadInPerson } from './lead-in.ts';
import { tokensOfName } from './name-key.ts';
import { normaliseSpeaker } from './normalise-speaker.ts';
import { readParagraph } from './read-paragraph.ts';
import type { Mention, Quote, QuoteKind, RawQuote } from './types.ts';

interface Located extends Draft {
  raw: RawQuote;
  offset: number;
  kind: QuoteKind;
  relayedBy: string | null;
}

export function extractQuotes(article: CleanArticle): Quote[] {
  const prepared = readingParagraphs(article).map((paragraph) => ({ paragraph, ...readParagraph(paragraphSource(article, paragraph), paragraph.kind, paragraph.start) }));
  const ctx: ArticleContext = { people: prepared.flatMap((p) => p.people), history: [], sentences: [], votes: new Map() };
  for (const { votes } of prepared) {
    for (const [surname, v] of votes) {
      const total = ctx.votes.get(surname) ?? { m: 0, f: 0 };
      total.m += v.m;
      total.f += v.f;
      ctx.votes.set(surname, total);
    }
  }
  forgetSharedSurnames(ctx);
  const drafts: Located[] = [];
  prepared.forEach(({ paragraph, sentences, headline, pointsBack }, p) => {
    const announced = leadInPerson(prepared[p - 1]?.masked, prepared[p - 1]?.people ?? [], prepared[p - 1]?.sentences.at(-1)?.speakers);
    const introduced = announced ? null : introducedSpeaker(prepared[p - 1]?.sentences, sentences);
    if (pointsBack) nameTheQuoteBefore(drafts, p - 1, pointsBack, ctx, paragraph.start);
    sentences.forEach((sentence, s) => {
      const cued = new Set<number>();
      // cue offsets are within the paragraph
      for (const { quote, text, partial, opensParagraph, cue: found } of sentence.quotes) {
        const cue = announced && opensParagraph ? { kind: 'colon' as const, phrase: announced, at: 0 } : (found ?? (opensParagraph ? introduced : null));
        const parsed = cue ? parseMention(cue.phrase) : null;
        // "Basarnas said ... that a helicopter had joined the search, which it described as "...": the
        // sentence's own speaker comes before any speaker of the sentences before it
        if (cue && parsed?.pronoun) meetSpeakersBefore(sentence.speakers, cue.at, cued, ctx, paragraph.start);
        const mention = parsed && cue?.anonymous ? { ...parsed, anonymous: !parsed.name && !parsed.pronoun } : parsed;
        const entity = mention && cue ? resolveMention(mention, ctx, paragraph.start + mentionAt(cue, mention)) : null;
        // "a joint announcement by Russia and the Syrian government" -> "Russia and the Syrian government (joint announcement)"
        const said = entity && cue?.noun && !entity.speaker.endsWith(`(${cue.noun})`) ? { ...entity, speaker: `${entity.speaker} (${cue.noun})` } : entity;
        if (said && cue) {
          cued.add(cue.at);
          ctx.history.push(said);
        }
        const relay = cue?.relayedBy ? parseMention(cue.relayedBy) : null;
        drafts.push({
          raw: quote,
          offset: paragraph.start,
          paragraph: paragraph.index,
          order: p,
          opensParagraph,
          closed: quote.closed,
          sentence: s,
          text,
          cue: cue ? cue.kind : 'none',
          entity: said,
          mention: cue ? cue.phrase.replace(/^[\s,;:]+|[\s,;:]+$/g, '') : null,
          sentenceLike: /^[\p{Lu}\p{N}]/u.test(text) && (text.split(' ').length >= 4 || /[.!?,]$/.test(text)),
          kind: headline ? 'headline' : partial ? 'partial' : 'full',
          relayedBy: relay ? (resolveMention(relay, ctx, paragraph.start + (cue?.at ?? 0))?.speaker ?? null) : null,
        });
      }
      for (const cue of sentence.speakers) {
        if (cued.has(cue.at)) continue;
        const entity = resolveCue(cue, ctx, paragraph.start);
        if (entity) ctx.history.push(entity);
      }
      ctx.sentences.push({ text: sentence.text, at: paragraph.start + sentence.start });
    });
  });
  const names = new Set(ctx.people.map((p) => p.name));
  return continueSpeakers(drafts).map((d) => toQuote(d, names));
}

function meetSpeakersBefore(speakers: readonly Cue[], at: number, met: Set<number>, ctx: ArticleContext, offset: number): void {
  for (const cue of speakers) {
    if (cue.at >= at || met.has(cue.at)) continue;
    met.add(cue.at);
    const entity = resolveCue(cue, ctx, offset);
    if (entity) ctx.history.push(entity);
  }
}

/** Who a cue's phrase names, read in the article so far (`offset`: where the cue's paragraph starts). */
function resolveCue(cue: Cue, ctx: ArticleContext, offset: number): ReturnType<typeof resolveMention> {
  const mention = parseMention(cue.phrase);
  return mention ? resolveMention(mention, ctx, offset + mentionAt(cue, mention)) : null;
}

/** `"The plant will close ..."` + `That was the message from ..., Stuart Rowley, on Wednesday.`: the
 *  quotes of a paragraph that named no one take the speaker the next paragraph opens with. */
function nameTheQuoteBefore(drafts: Located[], order: number, cue: Cue, ctx: ArticleContext, offset: number): void {
  const before = drafts.filter((d) => d.order === order);
  if (before.length === 0 || before.some((d) => d.cue !== 'none')) return;
  const entity = resolveCue(cue, ctx, offset);
  if (!entity) return;
  ctx.history.push(entity);
  for (const d of before) Object.assign(d, { cue: 'after', entity, mention: cue.phrase });
}

/** `Ana Ferreira and her husband, Luis Ferreira`: the pronouns after a surname two people share say
 *  nothing of either's gender (their given names may). */
function forgetSharedSurnames(ctx: ArticleContext): void {
  const firstBySurname = new Map<string, string>();
  for (const p of ctx.people) {
    const words = tokensOfName(p.name);
    const [first, last] = [words[0], words.at(-1)];
    if (words.length < 2 || !first || !last) continue;
    const seen = firstBySurname.get(last);
    if (seen === undefined) firstBySurname.set(last, first);
    else if (seen !== first) ctx.votes.delete(last);
  }
}

/** A pronoun is read where it stands, not where its clause starts: in "Stella Hughes posted on
 *  Instagram that she would write", "she" comes after "Stella Hughes" and can mean her. */
function mentionAt(cue: { phrase: string; at: number }, mention: Mention): number {
  if (!mention.pronoun) return cue.at;
  const last = [...cue.phrase.matchAll(new RegExp(`\\b${mention.pronoun}\\b`, 'gi'))].at(-1);
  return cue.at + (last?.index ?? 0);
}

function toQuote(d: Located, names: ReadonlySet<string>): Quote {
  const speaker = normaliseSpeaker(d.entity?.speaker ?? null, d.mention, names);
  return {
    text: d.text,
    start: d.offset + d.raw.innerStart,
    end: d.offset + d.raw.innerEnd,
    paragraph: d.paragraph,
    kind: d.kind,
    closed: d.closed,
    speaker,
    speakerKind: speaker ? (d.entity?.kind ?? 'unknown') : 'unknown',
    speakerMention: d.mention,
    cue: d.cue,
    speakerRoles: [...(d.entity?.roles ?? [])],
    relayedBy: d.relayedBy,
  };
}
