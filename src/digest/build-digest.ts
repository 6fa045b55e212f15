// A digest's content: what is new since the channel's last digest (articles, quotes, figures, new
// disagreements), then the briefing as it stands: the cited summary, the key figures, notable quotes.
import type { Citation, FiguresAnswer, QuotesAnswer, SummaryAnswer } from '../answer/answer-types.ts';
import { loadBriefingView } from '../answer/briefing-view.ts';
import { answerFigures } from '../answer/figures.ts';
import { answerQuotes } from '../answer/quotes.ts';
import { summarize } from '../answer/summarize.ts';
import type { BriefingStore } from '../store/store.ts';

export const KEY_FIGURE_GROUPS = 3;
export const NOTABLE_QUOTES = 3;

export interface Digest {
  briefing: string;
  title: string;
  /** The channel's last digest (ISO time), or null for its first. */
  since: string | null;
  until: string;
  newArticles: Citation[];
  updatedArticles: Citation[];
  newQuotes: QuotesAnswer['quotes'];
  /** Figure groups with a number from a new or updated article; `disagree` marks new disagreements. */
  newFigures: FiguresAnswer['groups'];
  summary: SummaryAnswer;
  keyFigures: FiguresAnswer['groups'];
  notableQuotes: QuotesAnswer['quotes'];
}

export function buildDigest(store: BriefingStore, briefing: { name: string; title: string }, since: string | null, until: Date): Digest {
  return store.read(() => readDigest(store, briefing, since, until));
}

function readDigest(store: BriefingStore, briefing: { name: string; title: string }, since: string | null, until: Date): Digest {
  const view = loadBriefingView(store, briefing.name);
  const isNew = (time: string) => since === null || time > since;
  const newArticles = view.articles.filter((a) => isNew(a.firstSeen));
  const updatedArticles = view.articles.filter((a) => !isNew(a.firstSeen) && isNew(a.ingestedAt));
  const changed = new Set([...newArticles, ...updatedArticles].map((a) => a.file));
  const cite = (a: { file: string; outlet: string | null; title: string | null }) => ({ file: a.file, outlet: a.outlet, title: a.title });
  const quotes = answerQuotes(view, null, null).quotes;
  const figures = answerFigures(view, null).groups;
  return {
    briefing: briefing.name,
    title: briefing.title,
    since,
    until: until.toISOString(),
    newArticles: newArticles.map(cite),
    updatedArticles: updatedArticles.map(cite),
    // a quote is new when only changed articles carry it
    newQuotes: quotes.filter((q) => q.sources.every((s) => changed.has(s.file))),
    newFigures: figures.filter((g) => g.rows.some((row) => row.sources.some((s) => changed.has(s.file)))),
    summary: summarize(view),
    keyFigures: figures.filter((g) => g.rows.length > 1).slice(0, KEY_FIGURE_GROUPS),
    notableQuotes: quotes.filter((q) => q.speaker !== null).slice(0, NOTABLE_QUOTES),
  };
}

export function digestIsQuiet(digest: Digest): boolean {
  return digest.newArticles.length === 0 && digest.updatedArticles.length === 0;
}
