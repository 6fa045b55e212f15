// The core's one entry point: a briefing, the words a user typed, and the store -> an Answer.
import type { BriefingStore } from '../store/store.ts';
import type { Answer } from './answer-types.ts';
import { loadBriefingView } from './briefing-view.ts';
import { answerFigures } from './figures.ts';
import { answerQuotes } from './quotes.ts';
import { routeQuery } from './route-query.ts';
import { searchBriefing } from './search.ts';
import { describeSources } from './sources.ts';
import { summarize } from './summarize.ts';

export interface AnswerContext {
  store: BriefingStore;
  briefing: string;
  /** The slash command that names the briefing ("/aleppo"), for help texts. */
  command: string;
  summaryWords?: number;
}

export function answerQuery(context: AnswerContext, text: string): Answer {
  return context.store.read(() => answer(context, text));
}

function answer(context: AnswerContext, text: string): Answer {
  const { store, briefing, command } = context;
  const intent = routeQuery(text);
  const view = loadBriefingView(store, briefing);
  switch (intent.kind) {
    case 'help':
      return { kind: 'help', briefing, command, reason: intent.reason };
    case 'summary':
      return summarize(view, { topic: intent.topic, words: context.summaryWords });
    case 'sources':
      return describeSources(view);
    case 'search':
      return searchBriefing(view, intent.query);
    case 'quotes':
      return answerQuotes(view, intent.speaker, intent.about);
    case 'figures':
      return answerFigures(view, intent.topic);
  }
}
