// "/aleppo quotes de Mistura": ack at once, then the answer, privately, through response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderReply } from '../../render-reply.ts';
import { replyToCommand } from '../../reply-to-message.ts';
import { retryingRespond } from '../../retrying-respond.ts';
import type { SlackDeps } from '../../slack-deps.ts';

export function briefingCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, logger }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const send = retryingRespond(respond, logger, deps.retry, deps.respondTimeoutMs);
    const reply = replyToCommand(deps, command.command, command.text);
    await send({ response_type: 'ephemeral', ...renderReply(reply, { shareable: true }) });
  };
}
