// The sentences a summary can choose from: one unit per copy cluster (a wire sentence and its rewrites,
// and any line printed word for word in several articles), in the cluster's source wording, with every
// article that carries it, where it stands in the stories, and its shorter wordings. Built once per store
// version (`summaryUnits`), from analyses of each text kept across versions (summary-analysis.ts); a topic
// keeps the units and wordings that name it (`unitsOnTopic`).
import { compareKey, countWords } from '../core/normalize.ts';
import { positionsBy } from '../core/positions-by.ts';
import type { BriefingStore, StoredSentence } from '../store/store.ts';
import { type BriefingView, derive, readSentences } from './briefing-view.ts';
import { type FactTable, TextAnalyses, type TermTable, type Wording } from './summary-analysis.ts';
import { priorOf } from './summary-select.ts';
import { contentTerms } from './term-vectors.ts';

export type { Wording } from './summary-analysis.ts';

export interface SummaryUnit {
  sentence: StoredSentence;
  files: string[];
  articles: Set<number>;
  /** Where the fact stands, in the article that has it highest: its index among the body sentences of its
   * section (0 = the lead of the story or of a cross-headed section), and of the whole article. */
  rank: number;
  order: number;
  /** Fact ids of what the whole sentence and its copies state, each once: for how central each fact is across the articles. */
  facts: Int32Array;
  /** Content-word stems of the shown sentence, as ids in `SummaryUnits.terms`. */
  terms: Int32Array;
  /** The wordings it can be shown in, shortest cuts included; none when it cannot be shown on its own. */
  wordings: Wording[];
}

export interface SummaryUnits {
  units: SummaryUnit[];
  /** What the units' fact ids stand for. */
  facts: FactTable;
  /** What the units' and wordings' term ids stand for. */
  terms: TermTable;
  /** Term id -> the positions of the units that name it, made when a topic first asks. */
  byTerm?: Map<number, number[]>;
  /** The units' positions, the highest prior first; made when a topic first has too many units. */
  byPrior?: Int32Array;
}

/** Per store and briefing, the analyses of its texts, kept from one store version to the next. */
const analysesOf = new WeakMap<BriefingStore, Map<string, TextAnalyses>>();

export function summaryUnits(view: BriefingView): SummaryUnits {
  return derive(view, 'summary-units', () => {
    const briefings = analysesOf.get(view.store) ?? new Map<string, TextAnalyses>();
    analysesOf.set(view.store, briefings);
    const analyses = briefings.get(view.briefing) ?? new TextAnalyses();
    briefings.set(view.briefing, analyses);
    const { built, facts, terms } = analyses.build(() => collectUnits(view, analyses));
    return { units: built, facts, terms };
  });
}

/** Fewer units than this name every word of a topic, and the topic takes units naming any of them. */
export const MIN_UNITS_WITH_EVERY_TERM = 5;
/**
 * A topic summary weighs at most this many units, those its selection ranks highest before choosing any
 * (the most outlets, the nearest the top of their stories). It shows about ten; a broad topic of a
 * 10,000-article briefing names 5,000 units or more, and weighing every one took 100-500 ms a question,
 * ten times that at 100,000 articles. The facts' weights are then counted over those units.
 */
export const MAX_TOPIC_UNITS = 2000;

/**
 * The units that name the topic, in briefing order, each with only its wordings that still name it. A
 * topic of several words ("Tal Afar", "amnesty offer") is about units naming every one of them; only
 * when fewer than a handful do, about units naming any (as search does).
 */
export function unitsOnTopic(summary: SummaryUnits, topic: string | null, maxUnits = MAX_TOPIC_UNITS): SummaryUnit[] {
  if (topic === null) return summary.units;
  // contentTerms stems already: a second strip would make "buses" ("bus") "bu"
  const terms = [...new Set(contentTerms(topic))];
  const wanted = terms.map((term) => summary.terms.find(term)).filter((id) => id !== -1);
  const byTerm = (summary.byTerm ??= positionsBy(summary.units, (unit) => unit.terms));
  const lists = wanted.map((term) => byTerm.get(term) ?? []);
  const every = wanted.length === terms.length ? intersect(lists) : [];
  const [positions, names] =
    every.length >= MIN_UNITS_WITH_EVERY_TERM || terms.length === 1
      ? [every, (ids: Int32Array) => wanted.every((term) => ids.includes(term))]
      : [[...new Set(lists.flat())].sort((a, b) => a - b), (ids: Int32Array) => wanted.some((term) => ids.includes(term))];
  const kept = positions.length > maxUnits ? likeliest(summary, positions, maxUnits) : positions;
  return kept.map((i) => summary.units[i] as SummaryUnit).map((unit) => ({ ...unit, wordings: unit.wordings.filter((w) => names(w.terms)) }));
}

/** Of these positions, the `count` whose units have the highest priors, in briefing order. */
function likeliest(summary: SummaryUnits, positions: number[], count: number): number[] {
  summary.byPrior ??= orderByPrior(summary.units);
  const wanted = new Uint8Array(summary.units.length);
  for (const position of positions) wanted[position] = 1;
  const kept: number[] = [];
  for (const position of summary.byPrior) {
    if (!wanted[position]) continue;
    kept.push(position);
    if (kept.length === count) break;
  }
  return kept.sort((a, b) => a - b);
}

function orderByPrior(units: SummaryUnit[]): Int32Array {
  const priors = Float64Array.from(units, priorOf);
  return Int32Array.from(units.keys()).sort((a, b) => (priors[b] as number) - (priors[a] as number) || a - b);
}

/** The positions in every one of these ascending lists: the shortest walked, each other list stepped through once. */
function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length) as [number[], ...number[][]];
  const at = rest.map(() => 0);
  return shortest.filter((position) =>
    rest.every((list, i) => {
      let j = at[i] as number;
      while (j < list.length && (list[j] as number) < position) j++;
      at[i] = j;
      return list[j] === position;
    }),
  );
}

function collectUnits(view: BriefingView, analyses: TextAnalyses): SummaryUnit[] {
  const { sentences, byId } = readSentences(view);
  const copies = new Set(view.alignments.map((a) => a.copySentence));
  const sectionRank = new Map<number, number>();
  const bodyIndex = new Map<number, number>();
  const inSection = new Map<number, number>();
  const inArticle = new Map<number, number>();
  for (const s of sentences) {
    // a cross-head opens a section, whose first sentence leads it: "Raids kill dozens" / "Suspected Russian
    // air strikes killed at least 46 people ..."
    if (s.kind === 'heading') inSection.set(s.articleId, 0);
    if (s.kind !== 'body') continue;
    const section = inSection.get(s.articleId) ?? 0;
    const article = inArticle.get(s.articleId) ?? 0;
    sectionRank.set(s.id, section);
    bodyIndex.set(s.id, article);
    inSection.set(s.articleId, section + 1);
    inArticle.set(s.articleId, article + 1);
  }
  const byKey = new Map<string, SummaryUnit>();
  const seen = new Set<number>();
  const units: SummaryUnit[] = [];
  for (const sentence of sentences) {
    if (seen.has(sentence.id) || sentence.kind !== 'body') continue;
    const cluster = (view.clusterOf.get(sentence.id) ?? [sentence.id]).map((id) => byId.get(id) as StoredSentence);
    for (const member of cluster) seen.add(member.id);
    const rank = Math.min(...cluster.map((s) => sectionRank.get(s.id) ?? Infinity));
    const order = Math.min(...cluster.map((s) => bodyIndex.get(s.id) ?? Infinity));
    // the same line printed twice, in one article or in two that were not aligned: one unit
    const key = compareKey(sentence.text);
    const twin = byKey.get(key);
    if (twin) {
      for (const s of cluster) {
        twin.articles.add(s.articleId);
        if (!twin.files.includes(s.file)) twin.files.push(s.file);
      }
      twin.rank = Math.min(twin.rank, rank);
      twin.order = Math.min(twin.order, order);
      continue;
    }
    // the source wording if it reads alone, else a copy that does
    const ranked = [...cluster].sort((a, b) => Number(copies.has(a.id)) - Number(copies.has(b.id)));
    const shown = ranked.find(readsAlone) ?? (ranked[0] as StoredSentence);
    const wordings = readsAlone(shown) ? analyses.wordingsOf(shown.text) : [];
    const unit: SummaryUnit = {
      sentence: shown,
      files: [...new Set(cluster.map((s) => s.file))],
      articles: new Set(cluster.map((s) => s.articleId)),
      rank,
      order,
      facts: Int32Array.from(new Set([...new Set(cluster.map((s) => s.text))].flatMap((text) => [...analyses.of(text).facts]))),
      terms: analyses.termsOf(shown.text),
      wordings,
    };
    byKey.set(key, unit);
    units.push(unit);
  }
  for (const unit of units) unit.files.sort();
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
