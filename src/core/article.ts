// The model every step after cleaning works on. Offsets are character offsets (UTF-16 code units, as
// JavaScript strings count them) into the decoded original file, so any sentence, quote or figure can
// be traced back to the exact place in the file it came from.

export interface Span {
  start: number;
  end: number;
}

/** "title" is the headline, "heading" a cross-head inside the story ("Raids kill dozens"). */
export type ParagraphKind = 'title' | 'heading' | 'body';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** The paragraph with line breaks joined and white space folded. */
  text: string;
  /** Index of the earlier paragraph of the same article this one repeats verbatim, else null. */
  repeatOf: number | null;
}

export interface Sentence extends Span {
  /** Position among the article's sentences (repeated paragraphs contribute none). */
  index: number;
  paragraph: number;
  kind: ParagraphKind;
  text: string;
}

export interface DroppedLine extends Span {
  text: string;
  reason: DropReason;
}

export type DropReason =
  | 'comment-form'
  | 'related-links'
  | 'copyright'
  | 'source-line'
  | 'read-more'
  | 'repeated-title'
  | 'empty';

export interface CleanArticle {
  /** File name inside its briefing (or the path as given on the command line). */
  file: string;
  /** The decoded original text; every Span points into it. */
  text: string;
  title: string | null;
  /** The publisher the text names ("Source: Arab News"), else null. */
  outlet: string | null;
  /** Wire agencies the text cites ("Reuters reported", "told The Associated Press"). */
  agencies: string[];
  paragraphs: Paragraph[];
  /** Sentences of every paragraph that is not a repeat, in reading order. */
  sentences: Sentence[];
  dropped: DroppedLine[];
}
