// The quotes answer: a speaker's direct quotes (found by any of their names, or a near spelling), each
// once, with every outlet that carried it; or, with no speaker, the briefing's quotes about some words.
import { findSpeaker, mergeQuotes, type MergedQuote, type Quote, resolveSpeakers, type SpeakerIndex } from '../extract/quotes/index.ts';
import type { QuotesAnswer } from './answer-types.ts';
import { type BriefingView, citationOf, derive } from './briefing-view.ts';
import { contentTerms } from './term-vectors.ts';

interface QuoteIndex {
  speakers: SpeakerIndex;
  merged: MergedQuote[];
  /** Each merged quote's content terms with its speaker's, for "who said ..." and "quotes X about Y": made
   * when first asked for, then kept (most quotes of a large briefing are never asked about). */
  terms: Map<MergedQuote, Set<string>>;
}

export function answerQuotes(view: BriefingView, query: string | null, about: string | null): QuotesAnswer {
  const { speakers, merged, terms } = derive(view, 'quotes', () => indexQuotes(view));
  const answer: QuotesAnswer = { kind: 'quotes', briefing: view.briefing, query, about, speaker: null, quotes: [], suggestions: [], known: [] };
  let chosen = merged;
  if (query) {
    const lookup = findSpeaker(speakers, query);
    if (!lookup.found) return { ...answer, suggestions: lookup.suggestions, known: lookup.known };
    answer.speaker = { name: lookup.found.name, aliases: lookup.found.aliases, via: lookup.via };
    chosen = merged.filter((quote) => quote.speakerId === lookup.found.id);
  }
  if (about) {
    const wanted = new Set(contentTerms(about));
    chosen = chosen.filter((quote) => {
      let own = terms.get(quote);
      if (!own) terms.set(quote, (own = new Set(contentTerms(`${quote.text} ${quote.speaker ?? ''}`))));
      for (const term of wanted) if (own.has(term)) return true;
      return false;
    });
  }
  answer.quotes = chosen.map((quote) => ({
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
  return { speakers, merged: mergeQuotes(articles, speakers), terms: new Map() };
}
