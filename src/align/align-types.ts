// Alignment of syndicated copies: which sentence of which article copies or rewrites which.

/** One step of a word-level diff: words kept, or words of the source replaced by words of the copy. */
export type DiffOp =
  | { op: 'equal'; words: string[] }
  | { op: 'replace'; from: string[]; to: string[] }
  | { op: 'delete'; from: string[] }
  | { op: 'insert'; to: string[] };

export interface SentenceAlignment {
  /** The sentence judged the original (see choose-source.ts) and the one that copies it. */
  sourceSentence: number;
  copySentence: number;
  /** 1 for a verbatim copy; Dice similarity of the word sequences otherwise. */
  similarity: number;
  kind: 'copy' | 'rewrite';
  /** The word diff from source to copy; empty for a verbatim copy, where nothing differs. */
  ops: DiffOp[];
}

/** An alignment without its word diff: what clustering copies and most answers need. */
export type AlignmentLink = Omit<SentenceAlignment, 'ops'>;
