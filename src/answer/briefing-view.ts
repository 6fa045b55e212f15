// Everything answering needs from the store for one briefing, loaded once per store version: the
// articles, their sentences, and the clusters of sentences that are copies of one another.
import type { SentenceAlignment } from '../align/align-types.ts';
import type { BriefingStore, StoredArticle, StoredSentence } from '../store/store.ts';
import type { Citation } from './answer-types.ts';

export interface BriefingView {
  briefing: string;
  version: number;
  articles: StoredArticle[];
  articleByFile: Map<string, StoredArticle>;
  sentences: StoredSentence[];
  sentenceById: Map<number, StoredSentence>;
  alignments: SentenceAlignment[];
  /** Sentence id -> the ids of every sentence in its copy cluster (itself included). */
  clusterOf: Map<number, number[]>;
  /** Answers' derived data (speaker index, figure groups), computed once per version: see `derive`. */
  derived: Map<string, unknown>;
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
  const articles = store.articles(briefing);
  const sentences = store.sentences(briefing);
  const alignments = store.alignments(briefing);
  const view: BriefingView = {
    briefing,
    version,
    articles,
    articleByFile: new Map(articles.map((article) => [article.file, article])),
    sentences,
    sentenceById: new Map(sentences.map((sentence) => [sentence.id, sentence])),
    alignments,
    clusterOf: clusterSentences(alignments),
    derived: new Map(),
  };
  views.set(briefing, view);
  return view;
}

/** Connected components of the alignment graph (union-find). */
function clusterSentences(alignments: SentenceAlignment[]): Map<number, number[]> {
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
  const files = new Set(ids.map((id) => view.sentenceById.get(id)?.file).filter((file): file is string => file !== undefined));
  return [...files].sort().map((file) => citationOf(view, file));
}
