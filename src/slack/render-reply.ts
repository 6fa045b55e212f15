// A reply as a Slack message: the answer's blocks, or the question "which briefing?".
import type { BriefingConfig } from '../config/load-briefings.ts';
import { escapeSlack } from '../render/block-kit-escape.ts';
import type { BlockMessage } from '../render/block-kit-types.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { Reply } from './reply-to-message.ts';

export interface ReplyOptions {
  page?: number;
  /** Ephemeral answers offer Share in channel; thread replies are already public. */
  shareable: boolean;
}

export function renderReply(reply: Reply, options: ReplyOptions): BlockMessage {
  if (reply.kind === 'which-briefing') return renderWhichBriefing(reply.candidates, reply.text);
  const request = { briefing: reply.briefing.name, text: reply.text, shareable: options.shareable };
  const { text, blocks } = renderBlocks(reply.answer, { page: options.page, request });
  return { text, blocks };
}

function renderWhichBriefing(candidates: BriefingConfig[], text: string): BlockMessage {
  const example = escapeSlack(text || 'summary');
  const lines = candidates.slice(0, 40).map((briefing) => `• *${escapeSlack(briefing.name)}*: ${escapeSlack(briefing.title)} (or \`${escapeSlack(briefing.command)} ${example}\`)`);
  const question = candidates.length ? 'Which briefing do you mean? Mention me again with its name first:' : 'There is no briefing yet: add a folder to briefings/ and restart the bot.';
  return {
    text: 'Which briefing do you mean?',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: [question, ...lines].join('\n').slice(0, 3000) } }],
  };
}
