// "Share in channel": the page the user is looking at, posted for everyone, without buttons.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAnswerRequest } from '../../../render/block-kit-actions.ts';
import { renderBlocks } from '../../../render/render-blocks.ts';
import { answerFor } from '../../reply-to-message.ts';
import { retryingRespond } from '../../retrying-respond.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { EXPIRED } from './more-button.ts';

export function shareButton(deps: SlackDeps) {
  return async ({ action, body, ack, respond, logger }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const send = retryingRespond(respond, logger, deps.retry, deps.respondTimeoutMs);
    const request = decodeAnswerRequest(action.value);
    const briefing = deps.briefings.find((candidate) => candidate.name === request?.briefing);
    if (!request || !briefing) return void (await send({ response_type: 'ephemeral', replace_original: false, text: EXPIRED }));
    // a user id from Slack ("U0123ABC") is the one mention the bot writes on purpose
    const note = /^[UW][A-Z0-9]+$/.test(body.user.id) ? `Shared by <@${body.user.id}>` : undefined;
    const { text, blocks } = renderBlocks(answerFor(deps, briefing, request.text), { page: request.page, note });
    await send({ response_type: 'in_channel', replace_original: false, text, blocks });
  };
}
