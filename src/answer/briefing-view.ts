// Everything answering needs from the store for one briefing, per store version: the articles and the
// clusters of sentences that are copies of one another, each read when first used, and what answers
// derive from them. The sentences themselves (a third of a large briefing's memory) are not kept: the
// summary units and sources read them once per version (`readSentences`), quotes and figures never, and
// search reads only its hits' copies. Answers run in one read transaction of the store (`store.read`, see
// answerQuery), so that the parts an answer reads are of the version the view was made for.
import type { AlignmentLink } from '../align/align-types.ts';
import type { BriefingStore, StoredArticle, StoredSentence } from '../store/store.ts';
import type { Citation } from './answer-types.ts';

export interface BriefingView {
  readonly briefing: string;
  readonly version: number;
  readonly articles: StoredArticle[];
  readonly articleByFile: Map<string, StoredArticle>;
  /** Which sentence copies which; their word diffs are read by the one answer that shows them (sources). */
  readonly alignments: AlignmentLink[];
  /** Sentence id -> the ids of every sentence in its copy cluster (itself included). */
  readonly clusterOf: Map<number, number[]>;
  /** Answers' derived data (speaker index, figure groups), computed once per version: see `derive`. */
  readonly derived: Map<string, unknown>;
  /** The store the view reads from. */
  readonly store: BriefingStore;
}

/** Computes `make()` once per view (so once per store version) and keeps it. */
export function derive<T>(view: BriefingView, key: string, make: () => T): T {
  if (!view.derived.has(key)) view.derived.set(key, make());
  return view.derived.get(key) as T;
}

const cache = new WeakMap<BriefingStore, Map<string, BriefingView>>();

export function loadBriefingView(store: BriefingStore, briefing: string): BriefingView {
  const version = store.version(briefing);
  const views = cache.get(store) ?? new Map<string, BriefingView>();
  cache.set(store, views);
  const cached = views.get(briefing);
  if (cached && cached.version === version) return cached;
  const view = new LazyView(store, briefing, version);
  views.set(briefing, view);
  return view;
}

class LazyView implements BriefingView {
  readonly derived = new Map<string, unknown>();
  #articles?: StoredArticle[];
  #articleByFile?: Map<string, StoredArticle>;
  #alignments?: AlignmentLink[];
  #clusterOf?: Map<number, number[]>;

  constructor(
    readonly store: BriefingStore,
    readonly briefing: string,
    readonly version: number,
  ) {}

  get articles(): StoredArticle[] {
    return (this.#articles ??= this.store.articles(this.briefing));
  }

  get articleByFile(): Map<string, StoredArticle> {
    return (this.#articleByFile ??= new Map(this.articles.map((article) => [article.file, article])));
  }

  get alignments(): AlignmentLink[] {
    return (this.#alignments ??= this.store.alignmentLinks(this.briefing));
  }

  get clusterOf(): Map<number, number[]> {
    return (this.#clusterOf ??= clusterSentences(this.alignments));
  }
}

/**
 * The briefing's sentences, read afresh, with a map by id. Only what is built once per store version reads
 * them all (summary units, sources), and it keeps what it needs: a view holding a large briefing's every
 * sentence would keep a third of its memory for nothing.
 */
export function readSentences(view: BriefingView): { sentences: StoredSentence[]; byId: Map<number, StoredSentence> } {
  const sentences = view.store.sentences(view.briefing);
  return { sentences, byId: new Map(sentences.map((sentence) => [sentence.id, sentence])) };
}

/** Connected components of the alignment graph (union-find). */
function clusterSentences(alignments: AlignmentLink[]): Map<number, number[]> {
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(id, root);
    return root;
  };
  for (const { sourceSentence, copySentence } of alignments) {
    const a = find(sourceSentence);
    const b = find(copySentence);
    if (a !== b) parent.set(b, a);
  }
  const members = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = members.get(root);
    if (group) group.push(id);
    else members.set(root, [id]);
  }
  const clusterOf = new Map<number, number[]>();
  for (const ids of members.values()) for (const id of ids) clusterOf.set(id, ids);
  return clusterOf;
}

export function citationOf(view: BriefingView, file: string): Citation {
  const article = view.articleByFile.get(file);
  return { file, outlet: article?.outlet ?? null, title: article?.title ?? null };
}

/** Every article carrying the sentence or a copy of it, in briefing order. */
export function citationsOf(view: BriefingView, sentence: StoredSentence): Citation[] {
  const ids = view.clusterOf.get(sentence.id) ?? [sentence.id];
  // a search hit's copies are read by id, so that search never loads the briefing's every sentence
  const copies = ids.length === 1 ? [sentence] : view.store.sentencesByIds(ids);
  const files = new Set(copies.map((copy) => copy.file));
  return [...files].sort().map((file) => citationOf(view, file));
}
