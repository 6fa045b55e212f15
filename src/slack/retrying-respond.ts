// respond() posts to the command's response_url; Slack may answer it with a 429 or a 5xx, or not at all.
// This wraps it so each answer is retried as post-with-retry.ts decides, and a hung post times out.
import type { Logger, RespondArguments, RespondFn } from '@slack/bolt';
import { postWithRetry, type RetryOptions } from './post-with-retry.ts';

/** A response_url post taking longer than this is given up and tried again. */
export const RESPOND_TIMEOUT_MS = 10_000;

export function retryingRespond(respond: RespondFn, logger: Logger, retry: RetryOptions = {}, timeoutMs = RESPOND_TIMEOUT_MS): (message: RespondArguments) => Promise<void> {
  return async (message) => {
    await postWithRetry(() => withTimeout(respond(message), timeoutMs), { ...retry, log: (line) => logger.warn(line) });
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer from Slack in ${ms} ms`), { code: 'TIMEOUT' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
