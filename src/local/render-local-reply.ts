// The local bot's answers: the core's answer as terminal text, or the question back.
import type { BriefingConfig } from '../config/load-briefings.ts';
import { renderText } from '../render/render-text.ts';
import type { Reply } from '../slack/reply-to-message.ts';

export function renderLocalReply(reply: Reply): string {
  if (reply.kind === 'answer') return renderText(reply.answer);
  if (reply.candidates.length === 0) return 'There is no briefing yet: add a folder to briefings/ and restart.';
  return ['Which briefing do you mean? Name it first, e.g.:', ...reply.candidates.map((b) => `  @bot ${b.name} ${reply.text || 'summary'}    (${b.title})`)].join('\n');
}

export function localHelp(briefings: BriefingConfig[]): string {
  const commands = briefings.map((briefing) => `  ${briefing.command} summary | quotes <speaker> | figures [topic] | sources | search <words> | <question>    ${briefing.title}`);
  return [
    'Type what you would type in Slack:',
    ...commands,
    '  @bot <question>    a mention, e.g. "@bot how many people are trapped?"',
    '  exit               leave (or Ctrl-D)',
  ].join('\n');
}
