// The quotes answer: a speaker's direct quotes (found by any of their names, or a near spelling), each
// once, with every outlet that carried it; or, with no speaker, the briefing's quotes about some words.
import { findSpeaker, mergeQuotes, type MergedQuote, type Quote, resolveSpeakers, type SpeakerIndex } from '../extract/quotes/index.ts';
import { positionsBy } from '../core/positions-by.ts';
import type { QuotesAnswer } from './answer-types.ts';
import { type BriefingView, citationOf, derive } from './briefing-view.ts';
import { contentTerms } from './term-vectors.ts';

interface QuoteIndex {
  speakers: SpeakerIndex;
  merged: MergedQuote[];
  /** Speaker id -> the positions of their quotes in `merged`, ascending. */
  bySpeaker: Map<string | null, number[]>;
  /** Content term (of a quote's text and its speaker's name) -> the positions of the quotes that have it,
   * ascending: for "who said ..." and "quotes X about Y", made when first asked for. */
  byTerm?: Map<string, number[]>;
}

export function answerQuotes(view: BriefingView, query: string | null, about: string | null): QuotesAnswer {
  const index = derive(view, 'quotes', () => indexQuotes(view));
  const { speakers, merged } = index;
  const answer: QuotesAnswer = { kind: 'quotes', briefing: view.briefing, query, about, speaker: null, quotes: [], suggestions: [], known: [] };
  // positions in `merged`, ascending (briefing order); null for all of them
  let chosen: number[] | null = null;
  if (query) {
    const lookup = findSpeaker(speakers, query);
    if (!lookup.found) return { ...answer, suggestions: lookup.suggestions, known: lookup.known };
    answer.speaker = { name: lookup.found.name, aliases: lookup.found.aliases, via: lookup.via };
    chosen = index.bySpeaker.get(lookup.found.id) ?? [];
  }
  if (about) {
    const byTerm = (index.byTerm ??= quotesByTerm(merged));
    const onTopic = new Set(contentTerms(about).flatMap((term) => byTerm.get(term) ?? []));
    chosen = chosen ? chosen.filter((position) => onTopic.has(position)) : [...onTopic].sort((a, b) => a - b);
  }
  answer.quotes = (chosen ? chosen.map((position) => merged[position] as MergedQuote) : merged).map((quote) => ({
    text: quote.text,
    speaker: quote.speaker,
    sources: quote.files.map((file) => citationOf(view, file)),
    variants: quote.variants.map((variant) => ({ text: variant.text, sources: variant.files.map((file) => citationOf(view, file)) })),
  }));
  // the most widely carried quotes first, then in briefing order
  answer.quotes.sort((a, b) => b.sources.length - a.sources.length);
  return answer;
}

function indexQuotes(view: BriefingView): QuoteIndex {
  const articles = view.store.extractions(view.briefing, 'quotes').map(({ file, items }) => ({ file, quotes: items as Quote[] }));
  const speakers = resolveSpeakers(articles);
  const merged = mergeQuotes(articles, speakers);
  return { speakers, merged, bySpeaker: positionsBy(merged, (quote) => [quote.speakerId]) };
}

function quotesByTerm(merged: MergedQuote[]): Map<string, number[]> {
  return positionsBy(merged, (quote) => new Set(contentTerms(`${quote.text} ${quote.speaker ?? ''}`)));
}
