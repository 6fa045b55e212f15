// chat.postMessage through a Web API client whose own retries are off: post-with-retry.ts decides.
import { webApi } from '@slack/bolt';
import type { DigestPoster } from './run-digest-slot.ts';

/** A Web API call that has not answered in this long is given up (and retried by post-with-retry.ts). */
export const WEB_API_TIMEOUT_MS = 10_000;

export function createDigestClient(token: string, slackApiUrl: string, timeout = WEB_API_TIMEOUT_MS): webApi.WebClient {
  return new webApi.WebClient(token, { slackApiUrl, timeout, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

export function createDigestPoster(client: webApi.WebClient): DigestPoster {
  return async (message) => {
    const result = await client.chat.postMessage({ ...message, blocks: message.blocks as webApi.KnownBlock[], unfurl_links: false, unfurl_media: false });
    if (!result.ts) throw new Error('chat.postMessage returned no ts');
    return { ts: result.ts };
  };
}
