// What the core answers, as plain data. Block Kit, terminal text and JSON are renderings of it; nothing
// here knows about Slack.

/** An article that carries a sentence, quote or figure. */
export interface Citation {
  file: string;
  outlet: string | null;
  title: string | null;
}

export interface SummaryAnswer {
  kind: 'summary';
  briefing: string;
  topic: string | null;
  sentences: { text: string; sources: Citation[] }[];
  words: number;
}

export interface WordChoice {
  /** The wording of the source copy and what the other article made of it. */
  from: string;
  to: string;
  count: number;
  /** A spelling variant ("air strikes" / "airstrikes") rather than a different word. */
  spelling: boolean;
}

export interface SharedCopy {
  source: Citation;
  copy: Citation;
  /** Sentences of the copy aligned to the source, and the share of the copy's sentences that is. */
  sentences: number;
  share: number;
  verbatim: number;
  wordChoices: WordChoice[];
}

export interface SourcesAnswer {
  kind: 'sources';
  briefing: string;
  articles: (Citation & { words: number; agencies: string[] })[];
  shared: SharedCopy[];
  /** Loaded labels one outlet uses and the others do not. */
  labels: { label: string; article: Citation; count: number }[];
}

export interface SearchAnswer {
  kind: 'search';
  briefing: string;
  query: string;
  /** Each hit's text as segments, the matched words marked, with every article carrying the sentence. */
  hits: { segments: { text: string; match: boolean }[]; sources: Citation[] }[];
}

export interface QuotesAnswer {
  kind: 'quotes';
  briefing: string;
  /** The speaker as the user typed it, and what the quotes must be about; null when not asked. */
  query: string | null;
  about: string | null;
  /** The speaker found (by name, alias or a near spelling), or null when none was asked or found. */
  speaker: { name: string; aliases: string[]; via: 'name' | 'alias' | 'fuzzy' } | null;
  quotes: {
    text: string;
    speaker: string | null;
    sources: Citation[];
    /** Other wordings of the same quote, with the articles that print them. */
    variants: { text: string; sources: Citation[] }[];
  }[];
  /** When no speaker matched: the closest names ("did you mean") and every known speaker. */
  suggestions: string[];
  known: string[];
}

export interface FigureRow {
  value: number;
  /** The other end of a range, else null. */
  high: number | null;
  unit: string;
  /** "more than", "about", "as many as" ... or "exact"; `qualifier` is the wording as printed. */
  approx: string;
  qualifier: string | null;
  kind: string;
  /** Who claims the number: a named source, or "reporter" when the outlet states it itself. */
  claimant: string;
  /** The number phrase as printed ("more than 250,000 people"). */
  text: string;
  /** The articles printing this number with this claimant. */
  sources: Citation[];
}

export interface FiguresAnswer {
  kind: 'figures';
  briefing: string;
  topic: string | null;
  /** Groups of figures about one quantity, the ones whose numbers disagree first. */
  groups: { topic: string; disagree: boolean; rows: FigureRow[] }[];
}

export interface HelpAnswer {
  kind: 'help';
  briefing: string;
  command: string;
  /** Why help is shown: null when asked for, else what was not understood. */
  reason: string | null;
}

export type Answer = SummaryAnswer | SourcesAnswer | SearchAnswer | QuotesAnswer | FiguresAnswer | HelpAnswer;
