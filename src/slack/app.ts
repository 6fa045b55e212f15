// The Bolt app: Socket Mode when an app-level token is set, else HTTP on PORT at /slack/events. Every
// Web API client it makes uses SLACK_API_URL. The listeners live in listeners/, one file each.
import { App, type Logger, type LogLevel } from '@slack/bolt';
import type { SlackEnv } from '../config/read-env.ts';
import type { BriefingDeps } from './briefing-deps.ts';
import { createChannelNames } from './channel-names.ts';
import { healthRoute } from './health-route.ts';
import type { RetryOptions } from './post-with-retry.ts';
import { registerListeners } from './listeners/index.ts';
import { createStoreSeenEvents, type SeenEvents } from './seen-events.ts';

export interface SlackAppOptions extends BriefingDeps {
  slack: SlackEnv;
  seenEvents?: SeenEvents;
  /** Known bot ids spare Bolt its auth.test call at startup (tests pass them). */
  botId?: string;
  botUserId?: string;
  /** Finish a request's work before answering the HTTP request (tests, for determinism). */
  processBeforeResponse?: boolean;
  logLevel?: LogLevel;
  /** How answers through response_url are retried (tests make the waits instant). */
  retry?: RetryOptions;
  respondTimeoutMs?: number;
  /** The Web API client's retry policy (default: @slack/web-api's, about ten retries over 30 minutes). */
  clientRetry?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  logger?: Logger;
  clientTimeoutMs?: number;
}

export function createSlackApp(options: SlackAppOptions): App {
  const { slack } = options;
  const transport = slack.appToken
    ? { socketMode: true, appToken: slack.appToken }
    : { signingSecret: slack.signingSecret ?? undefined, endpoints: '/slack/events' };
  const app = new App({
    ...transport,
    token: slack.botToken,
    botId: options.botId,
    botUserId: options.botUserId,
    port: slack.port,
    customRoutes: [healthRoute(options.briefings)],
    // a call Slack does not answer in time is retried by the client's retry policy
    clientOptions: { slackApiUrl: slack.apiUrl, timeout: options.clientTimeoutMs ?? 10_000, ...(options.clientRetry ? { retryConfig: options.clientRetry } : {}) },
    ...(options.logger ? { logger: options.logger } : {}),
    processBeforeResponse: options.processBeforeResponse ?? false,
    logLevel: options.logLevel,
  });
  registerListeners(app, {
    store: options.store,
    briefings: options.briefings,
    summaryWords: options.summaryWords,
    seenEvents: options.seenEvents ?? createStoreSeenEvents(options.store),
    channelNames: createChannelNames(),
    retry: options.retry,
    respondTimeoutMs: options.respondTimeoutMs,
  });
  return app;
}
