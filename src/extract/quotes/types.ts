// The plain data the quote steps pass along and return. Offsets point into `CleanArticle.text`.

export type QuoteKind = 'full' | 'partial' | 'headline';

/** How the speaker was found: "said X" after the quote, "X said" before it, "X: "..."", a noun
 *  ("a joint announcement by X"), or taken over from the quote before ("A," he said. "B."). */
export type CueKind = 'after' | 'before' | 'colon' | 'noun' | 'continued' | 'repeated' | 'none';

/** What sort of thing the speaker is: a named person, an organisation, an unnamed person
 *  ("a U.S. official"), a group ("several dozen students"), or a written text ("read one message"). */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'group' | 'document' | 'unknown';

export interface Quote {
  /** The words inside the marks, white space folded: "weeks if not days". */
  text: string;
  /** Offsets of the words inside the marks in `CleanArticle.text`. */
  start: number;
  end: number;
  paragraph: number;
  kind: QuoteKind;
  /** False when the closing mark is missing and the quote runs to the end of its paragraph. */
  closed: boolean;
  /** The speaker's name as this article gives it after local resolution ("Zakaria Malahifji"). */
  speaker: string | null;
  speakerKind: SpeakerKind;
  /** The words the speaker was found in, as written ("he", "the UN envoy", "Malahifji"). */
  speakerMention: string | null;
  cue: CueKind;
  /** Roles the article gives the speaker ("U.N. Special Envoy for Syria"), used to link "the UN envoy". */
  speakerRoles: string[];
  /** Someone who relays the quote: "The US officials had asked ... "...", Malahifji said." */
  relayedBy: string | null;
}

/** A speaker phrase taken apart: "Zakaria Malahifji, a Turkey-based official for ..." */
export interface Mention {
  raw: string;
  /** A proper name with titles dropped: "Samir Suleiman", "Al Jazeera". */
  name: string | null;
  /** A common noun phrase without its determiner: "U.S. official", "UN envoy", "one message". */
  descriptor: string | null;
  /** The last noun of the descriptor, lower case: "official", "envoy", "message". */
  head: string | null;
  pronoun: string | null;
  plural: boolean;
  anonymous: boolean;
  roles: string[];
}

/** A quotation found by the mark scanner, offsets relative to its paragraph. */
export interface RawQuote {
  open: number;
  innerStart: number;
  innerEnd: number;
  /** Index just past the closing mark, or the paragraph end when the quote is left open. */
  end: number;
  closed: boolean;
}
