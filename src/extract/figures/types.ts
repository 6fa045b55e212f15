// The figure model: one number a text states, what it counts, how hedged it is and who claims it.

/** "percent": 50 percent; "money": £6bn; "duration": two and a half months; "measure": 10 km. */
export type FigureKind = 'count' | 'percent' | 'money' | 'duration' | 'measure';

/**
 * The hedge, folded to a small set: "close to" and "around" are "about"; "a maximum of", "no more than"
 * and "within" (a deadline) are "maximum". The literal words stay in `Figure.qualifier`.
 */
export type Approx =
  | 'exact'
  | 'about'
  | 'more than'
  | 'less than'
  | 'at least'
  | 'up to'
  | 'as many as'
  | 'maximum'
  | 'between';

export interface Figure {
  value: number;
  /** What is counted: the head noun ("rebel fighters" -> "fighters"), "percent", or a currency code. */
  unit: string;
  approx: Approx;
  /** The qualifier as written ("close to", "no more than"), else null. */
  qualifier: string | null;
  kind: FigureKind;
  /** A short description from the sentence: "people are believed to be trapped inside rebel-held eastern Aleppo". */
  what: string;
  /** Who claims it: a named source of the sentence, else "reporter". */
  claimant: string;
  /** Index of the sentence in `CleanArticle.sentences` (for a repeated paragraph: the sentence it repeats). */
  sentence: number;
  paragraph: number;
  /** Offsets of the number phrase ("more than 250,000 people") in `CleanArticle.text`. */
  start: number;
  end: number;
  text: string;
  /** The other end of a range ("between 200 and 300"), else null. */
  high: number | null;
  /** What happened to what is counted, as a class ("killed", "trapped", "displaced" ...), else null. */
  event: string | null;
  /** Proper names around the figure that narrow it ("Aleppo", "Nusra"): two figures about different places differ. */
  scope: string[];
  /** "18,000 of them": a part of another figure, not a total of its own. */
  part: boolean;
  /** Found in a paragraph the page prints twice. */
  repeat: boolean;
}

export interface FigureMember {
  file: string;
  figure: Figure;
  /** The publisher of the article, when known. */
  outlet?: string;
}

export interface FigureGroup {
  /** "people trapped/besieged", or the shortest description among the members. */
  topic: string;
  members: FigureMember[];
  /** True when the members give different numbers for the quantity. */
  disagree: boolean;
}
