// Posting to Slack, retried the way Slack asks: a 429 waits for its Retry-After, a 5xx or a network
// failure backs off exponentially; an error Slack states (channel_not_found, not_in_channel) is final.
// The Web API client's own retries are switched off (see create-digest-poster.ts) so that this is the
// only place that decides, and a call is never sent again after Slack accepted it.

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

interface SlackErrorShape {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  message?: string;
}

export const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function postWithRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const base = options.baseDelayMs ?? 1000;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const wait = retryDelay(error as SlackErrorShape, attempt, base);
      if (wait === null || attempt >= attempts) throw error;
      options.log?.(`Slack call failed (${describe(error as SlackErrorShape)}); retry ${attempt} of ${attempts - 1} in ${wait} ms`);
      await sleep(wait);
    }
  }
}

function retryDelay(error: SlackErrorShape, attempt: number, base: number): number | null {
  if (error.code === 'slack_webapi_rate_limited_error') return Math.max(1, error.retryAfter ?? 1) * 1000;
  if (error.code === 'slack_webapi_http_error' && (error.statusCode ?? 0) >= 500) return base * 2 ** (attempt - 1);
  if (error.code === 'slack_webapi_request_error') return base * 2 ** (attempt - 1);
  return null;
}

function describe(error: SlackErrorShape): string {
  if (error.code === 'slack_webapi_rate_limited_error') return `rate limited for ${error.retryAfter ?? '?'} s`;
  if (error.statusCode) return `HTTP ${error.statusCode}`;
  return error.code ?? error.message ?? 'unknown error';
}
