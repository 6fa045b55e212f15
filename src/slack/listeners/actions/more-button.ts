// "More": the button carries the request; ask the core again and show the next page in place.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAnswerRequest } from '../../../render/block-kit-actions.ts';
import { renderBlocks } from '../../../render/render-blocks.ts';
import { answerFor } from '../../reply-to-message.ts';
import { retryingRespond } from '../../retrying-respond.ts';
import type { SlackDeps } from '../../slack-deps.ts';

export const EXPIRED = 'That answer is from a briefing this bot no longer serves; ask again.';

export function moreButton(deps: SlackDeps) {
  return async ({ action, ack, respond, logger }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const send = retryingRespond(respond, logger, deps.retry, deps.respondTimeoutMs);
    const request = decodeAnswerRequest(action.value);
    const briefing = deps.briefings.find((candidate) => candidate.name === request?.briefing);
    if (!request || !briefing) return void (await send({ response_type: 'ephemeral', replace_original: false, text: EXPIRED }));
    const answer = answerFor(deps, briefing, request.text);
    const { text, blocks } = renderBlocks(answer, { page: request.page, request });
    await send({ replace_original: true, text, blocks });
  };
}
