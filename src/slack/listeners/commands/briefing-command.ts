// "/aleppo quotes de Mistura": ack at once, then the answer, privately, through response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderReply } from '../../render-reply.ts';
import { replyToCommand } from '../../reply-to-message.ts';
import type { SlackDeps } from '../../slack-deps.ts';

export function briefingCommand(deps: SlackDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const reply = replyToCommand(deps, command.command, command.text);
    await respond({ response_type: 'ephemeral', ...renderReply(reply, { shareable: true }) });
  };
}
