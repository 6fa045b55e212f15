// A slash command or a mention -> a reply: the core's answer for one briefing, or a question back
// (which briefing?). The Slack listeners and the local terminal bot both go through here.
import { answerQuery } from '../answer/answer-query.ts';
import type { Answer } from '../answer/answer-types.ts';
import type { BriefingConfig } from '../config/load-briefings.ts';
import type { BriefingDeps } from './briefing-deps.ts';
import { chooseBriefing, type MentionPlace, stripMentions } from './choose-briefing.ts';

export type Reply =
  | { kind: 'answer'; briefing: BriefingConfig; text: string; answer: Answer }
  | { kind: 'which-briefing'; candidates: BriefingConfig[]; text: string };

export function replyToCommand(deps: BriefingDeps, command: string, text: string): Reply {
  const briefing = deps.briefings.find((candidate) => candidate.command === command.toLowerCase());
  if (!briefing) return { kind: 'which-briefing', candidates: deps.briefings, text };
  return { kind: 'answer', briefing, text, answer: answerFor(deps, briefing, text) };
}

export function replyToMention(deps: BriefingDeps, text: string, place: MentionPlace): Reply {
  const choice = chooseBriefing(deps.briefings, stripMentions(text), place);
  if (!choice.briefing) return { kind: 'which-briefing', candidates: choice.candidates, text: stripMentions(text) };
  return { kind: 'answer', briefing: choice.briefing, text: choice.text, answer: answerFor(deps, choice.briefing, choice.text) };
}

/** The core's answer; a failure inside it becomes help with the reason, never a stack trace in Slack. */
export function answerFor(deps: BriefingDeps, briefing: BriefingConfig, text: string): Answer {
  const context = { store: deps.store, briefing: briefing.name, command: briefing.command, summaryWords: deps.summaryWords };
  try {
    return answerQuery(context, text);
  } catch (error) {
    console.error(`answering "${text}" about ${briefing.name} failed:`, error);
    return { kind: 'help', briefing: briefing.name, command: briefing.command, reason: 'Sorry, that question could not be answered. Try one of these:' };
  }
}
