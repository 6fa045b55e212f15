// The store behind a narrow interface: ingest writes whole articles and alignments, answering reads
// them. SQLite (sqlite-store.ts) is the embedded default; a shared PostgreSQL store for several bot
// instances implements the same interface.
import type { CleanArticle } from '../core/article.ts';
import type { AlignmentLink, SentenceAlignment } from '../align/align-types.ts';

/** What ingest hands the store for one article file. */
export interface ArticleInput {
  briefing: string;
  file: string;
  sha256: string;
  bytes: number;
  /** The engine version that produced `article` and `extracted` (see ENGINE_VERSION). */
  engine: string;
  article: CleanArticle;
  /** Per-article extraction results (quotes, figures), stored as they are. */
  extracted: Record<string, unknown>;
  /** Bottom-k shingle sketches of each sentence, for finding copies across articles. */
  sketches: { sentence: number; hashes: number[] }[];
}

export interface StoredArticle {
  id: number;
  briefing: string;
  file: string;
  sha256: string;
  bytes: number;
  title: string | null;
  outlet: string | null;
  agencies: string[];
  ingestedAt: string;
  /** When the file was first ingested (a changed file keeps its first time). */
  firstSeen: string;
}

export type DigestStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

export interface DigestRecord {
  briefing: string;
  channel: string;
  /** The scheduled slot as local wall-clock time with its zone: "2026-03-30T08:00 Europe/London". */
  slot: string;
  slotTime: string;
  status: DigestStatus;
  claimedBy: string;
  claimedAt: string;
  postedAt: string | null;
  ts: string | null;
  error: string | null;
}

export interface StoredSentence {
  id: number;
  articleId: number;
  file: string;
  index: number;
  paragraph: number;
  kind: string;
  start: number;
  end: number;
  text: string;
}

export interface SearchHit extends StoredSentence {
  /** The sentence with matches wrapped in \u0002 ... \u0003, for renderers to highlight. */
  highlighted: string;
  rank: number;
}

/** A sentence's candidate copies: sentence ids, and how many sketch hashes each shares, most first. */
export interface SketchCandidates {
  ids: Int32Array;
  shared: Uint8Array;
}

export type SearchWords = 'every' | 'most' | 'any';

export interface BriefingStore {
  /** file -> sha256 and engine version of what is stored, to skip unchanged files. */
  fileHashes(briefing: string): Map<string, { sha256: string; engine: string }>;
  /** Replaces (or adds) each article atomically, all in one transaction. */
  saveArticles(inputs: ArticleInput[]): void;
  removeArticles(briefing: string, files: string[]): void;
  /** Articles saved since their copies were last looked for. */
  unalignedArticles(briefing: string): StoredArticle[];
  /**
   * For each sentence of these articles, the sentences of the briefing that share sketch hashes with it,
   * those sharing the most first (see align-articles.ts for how many are kept). `postings` keeps each
   * hash's sentences from one call to the next, while no article is saved in between.
   */
  sketchCandidates(briefing: string, articleIds: number[], postings?: Map<number, number[]>): Map<number, SketchCandidates>;
  /** Replaces the alignments that involve these articles and marks them aligned. */
  saveAlignments(briefing: string, articleIds: number[], alignments: SentenceAlignment[]): void;

  /** Runs `read` in one read transaction: everything it reads is of one version of the store, whatever
   * other processes write meanwhile. */
  read<T>(read: () => T): T;

  /** Every briefing in the store with its counts. */
  overview(): { briefing: string; articles: number; sentences: number; alignments: number }[];
  /** Increases whenever the briefing's content changes; caches key on it. */
  version(briefing: string): number;
  articles(briefing: string): StoredArticle[];
  article(briefing: string, file: string): (StoredArticle & { text: string; extracted: Record<string, unknown> }) | null;
  /**
   * One kind of what was extracted from each article at ingest (`quotes`, `figures`), in briefing order:
   * an answer reads only its own kind (figures are two thirds of the extracted JSON).
   */
  extractions(briefing: string, kind: string): { file: string; items: unknown[] }[];
  sentences(briefing: string, articleId?: number): StoredSentence[];
  sentencesByIds(ids: number[]): StoredSentence[];
  alignments(briefing: string): SentenceAlignment[];
  /** The alignments without their word diffs (a tenth of their memory): which sentence copies which. */
  alignmentLinks(briefing: string): AlignmentLink[];
  /**
   * Sentences with the query's words, best first (bm25): with `every` word, with all but one (`most`; none
   * for fewer than three words), or with `any`. Stop words are left out when the query has other words
   * (see fts-query.ts).
   */
  search(briefing: string, query: string, limit: number, words: SearchWords): SearchHit[];

  /**
   * Claims a digest slot for one instance: true if this call created the claim, false if the slot was
   * already claimed (by anyone, in any state). The claim is what makes a digest post at most once.
   */
  claimDigest(claim: { briefing: string; channel: string; slot: string; slotTime: string; instance: string; at: string }): boolean;
  finishDigest(briefing: string, channel: string, slot: string, result: { status: DigestStatus; at: string; ts?: string | null; error?: string | null }): void;
  digest(briefing: string, channel: string, slot: string): DigestRecord | null;
  /** The briefing whose digest is the message `ts` in `channel` (a mention in its thread is about it). */
  digestThread(channel: string, ts: string): string | null;
  /** The channel's latest posted digest, to tell what is new since. */
  lastPostedDigest(briefing: string, channel: string): DigestRecord | null;
  /**
   * Records a Slack event id; true the first time it is offered (by any process on this store), false for
   * a redelivery. Ids older than `forgetBefore` are dropped on the way.
   */
  firstSighting(eventId: string, at: string, forgetBefore: string): boolean;
  close(): void;
}
