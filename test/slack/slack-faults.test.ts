// Slack failing the bot: response_url and chat.postMessage answering 429, 500 or nothing. Each answer
// still reaches the user exactly once where Slack says it failed, and no log line carries a secret.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LogLevel, type Logger } from '@slack/bolt';
import { API_HOST, apiArguments, mentionEvent, SIGNING_SECRET, slashCommand, startSlackRig, type SlackRig } from './helpers/slack-rig.ts';

const HOOKS = 'https://hooks.slack.com';
const logs: string[] = [];
const logger: Logger = {
  debug: (...args) => void logs.push(args.map(String).join(' ')),
  info: (...args) => void logs.push(args.map(String).join(' ')),
  warn: (...args) => void logs.push(args.map(String).join(' ')),
  error: (...args) => void logs.push(args.map(String).join(' ')),
  setLevel: () => undefined,
  getLevel: () => LogLevel.DEBUG,
  setName: () => undefined,
};

let rig: SlackRig;
beforeAll(async () => {
  rig = await startSlackRig({
    retry: { sleep: async () => undefined },
    respondTimeoutMs: 200,
    clientRetry: { retries: 4, factor: 1, minTimeout: 1, maxTimeout: 1 },
    clientTimeoutMs: 200,
    logger,
    logLevel: LogLevel.DEBUG,
  });
});
afterAll(async () => {
  await rig.close();
  // tokens and secrets never appear in what the app logged, at any level
  expect(logs.length).toBeGreaterThan(0);
  for (const line of logs) {
    expect(line).not.toContain('xoxb-test');
    expect(line).not.toContain(SIGNING_SECRET);
  }
});
afterEach(() => nock.cleanAll());

/** A response_url that fails with each status in turn, then takes every later post. */
function flakyHook(path: string, failures: [number, Record<string, string>?][]) {
  const delivered: unknown[] = [];
  let calls = 0;
  nock(HOOKS)
    .persist()
    .post(path)
    .reply((_uri, body) => {
      const failure = failures[calls++];
      if (failure) return [failure[0], 'error', failure[1] ?? {}];
      delivered.push(body);
      return [200, 'ok'];
    });
  return { delivered, calls: () => calls };
}

describe('faults on respond()', () => {
  it.each([
    ['a 500 three times', [[500], [500], [500]]],
    ['a 429 with Retry-After', [[429, { 'Retry-After': '1' }]]],
    ['a 502 then a 503', [[502], [503]]],
  ] as [string, [number, Record<string, string>?][]][])('delivers the answer once after %s', async (_name, failures) => {
    const hook = flakyHook('/commands/T0/fault', failures);
    const response = await rig.command(slashCommand('/aleppo', 'summary', `${HOOKS}/commands/T0/fault`));
    expect(response.status).toBe(200);
    expect(hook.delivered).toHaveLength(1);
    expect(hook.calls()).toBe(failures.length + 1);
    expect(logs.some((line) => line.includes('retry'))).toBe(true);
  });

  it('gives up on a response_url that does not answer and tries again', async () => {
    const delivered: unknown[] = [];
    nock(HOOKS).post('/commands/T0/slow').delayConnection(1000).reply(200, 'ok');
    nock(HOOKS).post('/commands/T0/slow').reply((_uri, body) => (delivered.push(body), [200, 'ok']));
    const response = await rig.command(slashCommand('/aleppo', 'sources', `${HOOKS}/commands/T0/slow`));
    expect(response.status).toBe(200);
    expect(delivered).toHaveLength(1);
  });
});

describe('faults on chat.postMessage', () => {
  it.each([
    ['a 429 then 200', [[429, { 'Retry-After': '1' }]]],
    ['a 500 three times then 200', [[500], [500], [500]]],
  ] as [string, [number, Record<string, string>?][]][])('answers a mention once after %s', async (_name, failures) => {
    const posted: Record<string, unknown>[] = [];
    let calls = 0;
    nock(API_HOST)
      .persist()
      .post('/api/chat.postMessage')
      .reply((_uri, body) => {
        const failure = failures[calls++];
        if (failure) return [failure[0], { ok: false, error: failure[0] === 429 ? 'ratelimited' : 'internal_error' }, failure[1] ?? {}];
        posted.push(apiArguments(body));
        return [200, { ok: true, channel: 'C0ALEPPO', ts: '1700000000.000900' }];
      });
    const response = await rig.event(mentionEvent(`EvFault${failures.length}${failures[0]?.[0]}`, '<@U0BOT> how many people are trapped?'));
    expect(response.status).toBe(200);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.thread_ts).toBe('1700000000.000100');
  }, 15_000);
});

describe('a Web API call Slack does not answer', () => {
  it('is given up and retried, and the mention answered', async () => {
    const posted: unknown[] = [];
    nock(API_HOST).post('/api/chat.postMessage').delayConnection(2000).reply(200, { ok: true, ts: '1700000000.000901' });
    nock(API_HOST).post('/api/chat.postMessage').reply((_uri, body) => (posted.push(body), [200, { ok: true, channel: 'C0ALEPPO', ts: '1700000000.000902' }]));
    const response = await rig.event(mentionEvent('EvHang1', '<@U0BOT> sources'));
    expect(response.status).toBe(200);
    expect(posted).toHaveLength(1);
  }, 15_000);
});

describe('requests the bot refuses', () => {
  it('refuses a request body over the size limit before reading it all', async () => {
    const huge = `text=${'a'.repeat(5 * 1024 * 1024)}`;
    const response = await rig.post(huge, 'application/x-www-form-urlencoded');
    expect(response.status).toBe(413);
  });

  it('has no setting that switches signature verification off', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.ts'));
    for (const entry of files) expect(readFileSync(join(entry.parentPath, entry.name), 'utf8')).not.toMatch(/signatureVerification/);
    const unsigned = await fetch(`${rig.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"url_verification","challenge":"x"}' });
    expect(unsigned.status).toBe(401);
  });
});
