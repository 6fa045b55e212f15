// The sources answer: the briefing's articles, which of them share wire copy with which (and how much),
// the word choices each copy changed, and loaded labels one outlet uses where the others do not.
import type { DiffOp, SentenceAlignment } from '../align/align-types.ts';
import { countWords, wordTokens } from '../core/normalize.ts';
import type { SharedCopy, SourcesAnswer } from './answer-types.ts';
import type { StoredSentence } from '../store/store.ts';
import { type BriefingView, citationOf, derive, readSentences } from './briefing-view.ts';
import { collectWordChoices } from './word-choices.ts';

// Labels that take a side. A general list for conflict and politics reporting, not this story's words.
const LOADED_LABELS = [
  'regime', 'terrorist', 'terrorists', 'militants', 'jihadists', 'thugs', 'mercenaries', 'mercenary', 'insurgents',
  'martyrs', 'martyr', 'occupation', 'occupiers', 'invaders', 'so-called', 'self-styled', 'puppet', 'massacre',
  'liberated', 'liberation', 'extremists', 'radicals', 'crusaders', 'infidels', 'bandits', 'gangs',
];

/** Built once per store version: it reads every sentence and every word diff of the briefing. */
export function describeSources(view: BriefingView): SourcesAnswer {
  return derive(view, 'sources', () => buildSources(view));
}

function buildSources(view: BriefingView): SourcesAnswer {
  const { sentences, byId } = readSentences(view);
  const words = new Map<string, number>();
  const bodySentences = new Map<string, number>();
  for (const sentence of sentences) {
    words.set(sentence.file, (words.get(sentence.file) ?? 0) + countWords(sentence.text));
    if (sentence.kind === 'body') bodySentences.set(sentence.file, (bodySentences.get(sentence.file) ?? 0) + 1);
  }
  return {
    kind: 'sources',
    briefing: view.briefing,
    articles: view.articles.map((article) => ({
      ...citationOf(view, article.file),
      words: words.get(article.file) ?? 0,
      agencies: article.agencies,
    })),
    shared: sharedCopies(view, byId, bodySentences),
    labels: loadedLabels(view, sentences),
  };
}

function sharedCopies(view: BriefingView, byId: Map<number, StoredSentence>, bodySentences: Map<string, number>): SharedCopy[] {
  const pairs = new Map<string, { source: string; copy: string; copies: Set<number>; verbatim: number; diffs: DiffOp[][] }>();
  // the one answer that shows word diffs reads them, with the alignments they belong to
  const alignments = view.store.alignments(view.briefing);
  const closeness = new Map<number, number>();
  for (const a of alignments) {
    closeness.set(a.sourceSentence, (closeness.get(a.sourceSentence) ?? 0) + a.similarity);
    closeness.set(a.copySentence, (closeness.get(a.copySentence) ?? 0) + a.similarity);
  }
  // each cluster's original, found once (a cluster of n copies has up to n² alignments)
  const originals = new Map<number[], number>();
  const order = (id: number) => byId.get(id)?.file ?? '';
  const originalOf = (sentence: number): number => {
    const cluster = view.clusterOf.get(sentence) ?? [sentence];
    let original = originals.get(cluster);
    if (original === undefined) {
      original = cluster.reduce((best, id) => {
        const difference = (closeness.get(id) ?? 0) - (closeness.get(best) ?? 0);
        return difference > 1e-9 || (Math.abs(difference) <= 1e-9 && order(id) < order(best)) ? id : best;
      });
      originals.set(cluster, original);
    }
    return original;
  };
  for (const stored of alignments) {
    const alignment = orientFromOriginal(stored, originalOf(stored.sourceSentence));
    if (!alignment) continue;
    const source = byId.get(alignment.sourceSentence);
    const copy = byId.get(alignment.copySentence);
    if (!source || !copy || source.file === copy.file) continue;
    const key = `${source.file}\u0000${copy.file}`;
    const pair = pairs.get(key) ?? { source: source.file, copy: copy.file, copies: new Set<number>(), verbatim: 0, diffs: [] };
    pair.copies.add(copy.id);
    if (alignment.kind === 'copy') pair.verbatim++;
    pair.diffs.push(alignment.ops);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((pair) => ({
      source: citationOf(view, pair.source),
      copy: citationOf(view, pair.copy),
      sentences: pair.copies.size,
      share: pair.copies.size / Math.max(1, bodySentences.get(pair.copy) ?? 1),
      verbatim: pair.verbatim,
      wordChoices: collectWordChoices(pair.diffs),
    }))
    .sort((a, b) => b.sentences - a.sentences || a.source.file.localeCompare(b.source.file));
}

/**
 * Within a cluster of copies, the original is the wording closest to all the others (the medoid): when
 * 000 and 002 print a wire sentence alike and 001 rewrites it, 001 is the rewrite and 002 a copy, both of
 * 000, and 002 is not shown as rewriting 001. Only alignments from the original are kept, oriented from it.
 */
function orientFromOriginal(alignment: SentenceAlignment, original: number): SentenceAlignment | null {
  if (alignment.sourceSentence === original) return alignment;
  if (alignment.copySentence !== original) return null;
  return { ...alignment, sourceSentence: alignment.copySentence, copySentence: alignment.sourceSentence, ops: alignment.ops.map(invertOp) };
}

function invertOp(op: DiffOp): DiffOp {
  switch (op.op) {
    case 'equal':
      return op;
    case 'replace':
      return { op: 'replace', from: op.to, to: op.from };
    case 'delete':
      return { op: 'insert', to: op.from };
    case 'insert':
      return { op: 'delete', from: op.to };
  }
}

function loadedLabels(view: BriefingView, sentences: StoredSentence[]): SourcesAnswer['labels'] {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    for (const word of wordTokens(sentence.text)) {
      if (!LOADED_LABELS.includes(word)) continue;
      const perFile = counts.get(word) ?? new Map<string, number>();
      perFile.set(sentence.file, (perFile.get(sentence.file) ?? 0) + 1);
      counts.set(word, perFile);
    }
  }
  const articles = view.articles.length;
  const labels: SourcesAnswer['labels'] = [];
  for (const [label, perFile] of counts) {
    // a label most outlets use is the story's vocabulary; one only a few use is a choice
    if (articles < 2 || perFile.size > Math.max(1, Math.floor(articles / 3))) continue;
    for (const [file, count] of perFile) labels.push({ label, article: citationOf(view, file), count });
  }
  return labels.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
