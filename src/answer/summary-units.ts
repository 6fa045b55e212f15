// The sentences a summary can choose from: one unit per copy cluster (a wire sentence and its rewrites,
// and any line printed word for word in several articles), in the cluster's source wording, with every
// article that carries it, where it stands in the stories, and its shorter wordings.
import { compareKey, countWords } from '../core/normalize.ts';
import type { StoredSentence } from '../store/store.ts';
import type { BriefingView } from './briefing-view.ts';
import { compressions } from './summary-compress.ts';
import { contentTerms, factsOf, stem } from './term-vectors.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 50;

export interface Wording {
  text: string;
  words: number;
  facts: string[];
}

export interface SummaryUnit {
  sentence: StoredSentence;
  files: string[];
  articles: Set<number>;
  /** Where the fact stands: relative position in its article (0 = top) and index among body sentences. */
  position: number;
  rank: number;
  /** What the whole sentence states, shown or not: for how central each fact is across the articles. */
  facts: string[];
  /** The wordings it can be shown in, shortest cuts included; none when it cannot be shown on its own. */
  wordings: Wording[];
}

export function collectUnits(view: BriefingView, topic: string | null): SummaryUnit[] {
  const topicStems = topic ? new Set(contentTerms(topic).map(stem)) : null;
  const onTopic = (text: string) => !topicStems || contentTerms(text).some((term) => topicStems.has(term));
  const copies = new Set(view.alignments.map((a) => a.copySentence));
  const lengths = new Map<number, number>();
  const bodyRank = new Map<number, number>();
  const bodySeen = new Map<number, number>();
  for (const s of view.sentences) {
    lengths.set(s.articleId, Math.max(lengths.get(s.articleId) ?? 0, s.index + 1));
    if (s.kind !== 'body') continue;
    const seen = bodySeen.get(s.articleId) ?? 0;
    bodyRank.set(s.id, seen);
    bodySeen.set(s.articleId, seen + 1);
  }
  const byKey = new Map<string, SummaryUnit>();
  const seen = new Set<number>();
  const units: SummaryUnit[] = [];
  for (const sentence of view.sentences) {
    if (seen.has(sentence.id) || sentence.kind !== 'body') continue;
    const cluster = (view.clusterOf.get(sentence.id) ?? [sentence.id]).map((id) => view.sentenceById.get(id) as StoredSentence);
    for (const member of cluster) seen.add(member.id);
    const position = Math.min(...cluster.map((s) => s.index / (lengths.get(s.articleId) ?? 1)));
    const rank = Math.min(...cluster.map((s) => bodyRank.get(s.id) ?? Infinity));
    // the same line printed twice, in one article or in two that were not aligned: one unit
    const key = compareKey(sentence.text);
    const twin = byKey.get(key);
    if (twin) {
      for (const s of cluster) twin.articles.add(s.articleId);
      twin.files = [...new Set([...twin.files, ...cluster.map((s) => s.file)])].sort();
      twin.position = Math.min(twin.position, position);
      twin.rank = Math.min(twin.rank, rank);
      continue;
    }
    // the source wording if it reads alone, else a copy that does
    const ranked = [...cluster].sort((a, b) => Number(copies.has(a.id)) - Number(copies.has(b.id)));
    const shown = ranked.find(readsAlone) ?? (ranked[0] as StoredSentence);
    const wordings = readsAlone(shown)
      ? compressions(shown.text)
          .map((text) => ({ text, words: countWords(text), facts: factsOf(text) }))
          .filter((w) => w.words >= MIN_WORDS && w.words <= MAX_WORDS && onTopic(w.text))
      : [];
    if (!onTopic(shown.text)) continue;
    const unit: SummaryUnit = {
      sentence: shown,
      files: [...new Set(cluster.map((s) => s.file))].sort(),
      articles: new Set(cluster.map((s) => s.articleId)),
      position,
      rank,
      facts: factsOf(cluster.map((s) => s.text).join(' ')),
      wordings,
    };
    byKey.set(key, unit);
    units.push(unit);
  }
  return units;
}

/** A sentence that makes sense out of its article: a whole body sentence, not a question or a quote fragment. */
export function readsAlone(sentence: StoredSentence): boolean {
  if (sentence.kind !== 'body') return false;
  const text = sentence.text;
  // a question, or two scraped lines run together: "... in August. | The offers for safe passage ..."
  if (/\?["'”’]?$/.test(text) || / \| /.test(text)) return false;
  // a sentence cut out of a multi-sentence quotation has unbalanced quote marks
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  if (curlyOpen !== curlyClose || straight % 2 !== 0) return false;
  // "“Aleppo is not like other areas, it’s not possible for them to surrender.”": whose words?
  const outside = text.replace(/“[^”]*”|"[^"]*"/g, ' ');
  return countWords(outside) >= 2;
}
