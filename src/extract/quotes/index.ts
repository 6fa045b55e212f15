// Quotes with speakers: find every direct quotation in an article, attribute it, and across a briefing
// name each speaker once and merge the quotes several outlets carry.

export { extractQuotes } from './extract-quotes.ts';
export { resolveSpeakers, speakerOf } from './resolve-speakers.ts';
export type { ArticleQuotes, Speaker, SpeakerIndex } from './resolve-speakers.ts';
export { findSpeaker } from './find-speaker.ts';
export type { SpeakerLookup } from './find-speaker.ts';
export { mergeQuotes, sameQuote } from './merge-quotes.ts';
export type { MergedQuote, QuoteOccurrence, WordingVariant } from './merge-quotes.ts';
export type { CueKind, Quote, QuoteKind, SpeakerKind } from './types.ts';
