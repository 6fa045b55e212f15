// Posting to Slack, retried the way Slack asks: a 429 waits for its Retry-After, a 5xx, a time-out or a
// network failure backs off exponentially; an error Slack states (channel_not_found) is final. It reads
// both the Web API client's errors (digests: the client's own retries are off, see
// create-digest-poster.ts) and Bolt's errors for a response_url post (respond()).

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
  /** fetch's network failure ("fetch failed") carries the socket's error code here. */
  cause?: { code?: string };
}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'TIMEOUT']);

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
  const backoff = base * 2 ** (attempt - 1);
  if (error.code === 'slack_webapi_rate_limited_error') return Math.max(1, error.retryAfter ?? 1) * 1000;
  if (error.code === 'slack_webapi_http_error' && (error.statusCode ?? 0) >= 500) return backoff;
  if (error.code === 'slack_webapi_request_error') return backoff;
  // respond(): Bolt's RespondError keeps the status but not the Retry-After header: wait a second
  if (error.code === 'slack_bolt_respond_error' && error.statusCode === 429) return Math.max(1000, backoff);
  if (error.code === 'slack_bolt_respond_error' && (error.statusCode ?? 0) >= 500) return backoff;
  if (NETWORK_CODES.has(error.code ?? '') || NETWORK_CODES.has(error.cause?.code ?? '')) return backoff;
  return null;
}

function describe(error: SlackErrorShape): string {
  if (error.code === 'slack_webapi_rate_limited_error') return `rate limited for ${error.retryAfter ?? '?'} s`;
  if (error.statusCode) return `HTTP ${error.statusCode}`;
  return error.code ?? error.message ?? 'unknown error';
}
