// The real Bolt app on a loopback port, over the seed briefing, and a client that signs its requests
// as Slack does (HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret). Only Slack's hosts
// are faked, with nock: the response_url host and the Web API at SLACK_API_URL.
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { LogLevel, type App } from '@slack/bolt';
import { loadBriefings } from '../../../src/config/load-briefings.ts';
import { createSlackApp, type SlackAppOptions } from '../../../src/slack/app.ts';
import { ingestedSeeds } from '../../helpers/seed-store.ts';

export const SIGNING_SECRET = 'test-signing-secret';
/** Not slack.com: the tests show that every Web API call honours SLACK_API_URL. */
export const API_HOST = 'https://slack.example.test';
export const API_URL = `${API_HOST}/api/`;
export const BRIEFINGS_DIR = join(import.meta.dirname, '../../../briefings');

export interface SlackRig {
  app: App;
  url: string;
  post(body: string, contentType: string, options?: SignOptions): Promise<Response>;
  command(fields: Record<string, string>, options?: SignOptions): Promise<Response>;
  event(payload: unknown, options?: SignOptions): Promise<Response>;
  action(payload: unknown, options?: SignOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

export async function startSlackRig(extra: Partial<SlackAppOptions> = {}): Promise<SlackRig> {
  const seeds = ingestedSeeds();
  const app = createSlackApp({
    store: seeds.store,
    briefings: loadBriefings(BRIEFINGS_DIR),
    slack: { botToken: 'xoxb-test', appToken: null, signingSecret: SIGNING_SECRET, port: 0, apiUrl: API_URL },
    botId: 'B0BOT',
    botUserId: 'U0BOT',
    // the HTTP response waits for the listener, so a test sees every outgoing call once the request returns
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
    ...extra,
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = (body: string, contentType: string, options: SignOptions = {}) => {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = signSlackRequest(options.secret ?? SIGNING_SECRET, timestamp, body);
    return fetch(`${url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp), ...options.headers },
      body,
    });
  };
  return {
    app,
    url,
    post,
    command: (fields, options) => post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options),
    event: (payload, options) => post(JSON.stringify(payload), 'application/json', options),
    action: (payload, options) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options),
    async close() {
      await app.stop();
      seeds.cleanup();
    },
  };
}

export function signSlackRequest(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A slash command's form fields, as Slack posts them. */
export function slashCommand(command: string, text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'newsroom',
    channel_id: 'C0ALEPPO',
    channel_name: 'aleppo-briefing',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0APP',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
  };
}

/** An app_mention event callback, as Slack posts it. */
export function mentionEvent(eventId: string, text: string, extra: Record<string, string> = {}) {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    event: { type: 'app_mention', user: 'U0ASKER', text, ts: '1700000000.000100', channel: 'C0ALEPPO', event_ts: '1700000000.000100', ...extra },
  };
}

/** A block_actions payload for a button click on an earlier answer. */
export function buttonClick(actionId: string, value: string, responseUrl: string) {
  return {
    type: 'block_actions',
    user: { id: 'U0ASKER', username: 'asker', name: 'asker', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000200', channel_id: 'C0ALEPPO', is_ephemeral: true },
    trigger_id: '123.456.def',
    team: { id: 'T0TEAM', domain: 'newsroom' },
    channel: { id: 'C0ALEPPO', name: 'aleppo-briefing' },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'answer-actions', text: { type: 'plain_text', text: 'More' }, value, action_ts: '1700000001.000000' }],
  };
}

/** A Web API call's arguments: form-encoded, with blocks as JSON (or a JSON body). */
export function apiArguments(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string') return body as Record<string, unknown>;
  const fields: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
  if (typeof fields.blocks === 'string') fields.blocks = JSON.parse(fields.blocks);
  return fields;
}
