// The listeners' dependencies: the core's (store, briefings) plus the Slack-side stores.
import type { BriefingDeps } from './briefing-deps.ts';
import type { ChannelNames } from './channel-names.ts';
import type { RetryOptions } from './post-with-retry.ts';
import type { SeenEvents } from './seen-events.ts';

export interface SlackDeps extends BriefingDeps {
  seenEvents: SeenEvents;
  channelNames: ChannelNames;
  /** How answers through response_url are retried (tests make the waits instant). */
  retry?: RetryOptions;
  respondTimeoutMs?: number;
}
