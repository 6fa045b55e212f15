// "@bot how many people are trapped?": the answer goes in the thread (a new one under the mention).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { needsChannelName } from '../../choose-briefing.ts';
import { renderReply } from '../../render-reply.ts';
import { replyToMention } from '../../reply-to-message.ts';
import type { SlackDeps } from '../../slack-deps.ts';

export function appMention(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const channelName = needsChannelName(deps.briefings) ? await deps.channelNames(client, event.channel) : null;
    const threadBriefing = event.thread_ts ? deps.store.digestThread(event.channel, event.thread_ts) : null;
    const reply = replyToMention(deps, event.text, { channelId: event.channel, channelName, threadBriefing });
    const message = renderReply(reply, { shareable: false });
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...message });
  };
}
