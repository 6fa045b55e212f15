// The real Bolt app over HTTP on loopback, with signed requests; Slack's hosts are faked with nock.
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeAnswerRequest, MORE_ACTION, SHARE_ACTION } from '../../src/render/block-kit-actions.ts';
import { blockKitProblems } from '../../src/render/block-kit-limits.ts';
import type { Block, BlockMessage, Button } from '../../src/render/block-kit-types.ts';
import { API_HOST, apiArguments, buttonClick, mentionEvent, slashCommand, startSlackRig, type SlackRig } from './helpers/slack-rig.ts';

const HOOKS = 'https://hooks.slack.com';

let rig: SlackRig;
beforeAll(async () => {
  rig = await startSlackRig();
});
afterAll(async () => {
  await rig.close();
});
afterEach(() => {
  nock.cleanAll();
});

/** Every body posted to a response_url path, as JSON. */
function hook(path: string): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  nock(HOOKS)
    .persist()
    .post(path)
    .reply(200, (_uri, body) => (bodies.push(body as Record<string, unknown>), 'ok'));
  return bodies;
}

/** Every chat.postMessage call to the Web API at SLACK_API_URL. */
function postMessages(): Record<string, unknown>[] {
  const calls: Record<string, unknown>[] = [];
  nock(API_HOST)
    .persist()
    .post('/api/chat.postMessage')
    .reply(200, (_uri, body) => (calls.push(apiArguments(body)), { ok: true, channel: 'C0ALEPPO', ts: '1700000000.000300' }));
  return calls;
}

const blocksOf = (message: Record<string, unknown>) => message.blocks as Block[];
const headerOf = (message: Record<string, unknown>) => {
  const header = blocksOf(message).find((block) => block.type === 'header');
  return header?.type === 'header' ? header.text.text : null;
};
const buttonsOf = (message: Record<string, unknown>): Button[] => blocksOf(message).flatMap((block) => (block.type === 'actions' ? block.elements : []));
const sectionsOf = (message: Record<string, unknown>) => blocksOf(message).flatMap((block) => (block.type === 'section' ? [block.text.text] : []));

describe('slash commands', () => {
  it('acks, then answers /aleppo summary privately through response_url with a Share button', async () => {
    const responses = hook('/commands/T0TEAM/1/summary');
    const res = await rig.command(slashCommand('/aleppo', 'summary', `${HOOKS}/commands/T0TEAM/1/summary`));
    expect(res.status).toBe(200);
    expect(responses).toHaveLength(1);
    const [message] = responses as [Record<string, unknown>];
    expect(message.response_type).toBe('ephemeral');
    expect(headerOf(message)).toBe('Summary of aleppo');
    expect(sectionsOf(message).length).toBeGreaterThan(2);
    expect(sectionsOf(message)[0]).toMatch(/^• .+ _\[.+\]_$/);
    expect(buttonsOf(message).map((button) => button.action_id)).toEqual([SHARE_ACTION]);
    expect(blockKitProblems(message as unknown as BlockMessage)).toEqual([]);
  });

  it('answers words it does not understand as a command with help', async () => {
    const responses = hook('/commands/T0TEAM/2/help');
    await rig.command(slashCommand('/aleppo', '', `${HOOKS}/commands/T0TEAM/2/help`));
    const [message] = responses as [Record<string, unknown>];
    expect(headerOf(message)).toBe('Asking aleppo');
    expect(sectionsOf(message).join('\n')).toContain('`/aleppo summary [topic]`');
  });

  it('escapes what the user typed, so it cannot ping the channel', async () => {
    const responses = hook('/commands/T0TEAM/3/ping');
    await rig.command(slashCommand('/aleppo', 'search <!channel> & <@U0BOSS>', `${HOOKS}/commands/T0TEAM/3/ping`));
    const [message] = responses as [Record<string, unknown>];
    // what Slack renders: the fallback and every text object (button values are never shown)
    const shown = JSON.stringify([message.text, message.blocks], (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(shown).not.toMatch(/<!channel>|<@U0BOSS>/);
    expect(shown).toContain('&lt;!channel&gt; &amp;');
  });
});

describe('request signatures', () => {
  it('rejects a forged signature with 401 and answers nothing', async () => {
    const responses = hook('/commands/T0TEAM/4/forged');
    const res = await rig.command(slashCommand('/aleppo', 'summary', `${HOOKS}/commands/T0TEAM/4/forged`), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(responses).toHaveLength(0);
  });

  it('rejects a correctly signed request that is 6 minutes old with 401', async () => {
    const responses = hook('/commands/T0TEAM/5/replayed');
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await rig.command(slashCommand('/aleppo', 'summary', `${HOOKS}/commands/T0TEAM/5/replayed`), { timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    expect(responses).toHaveLength(0);
  });
});

describe('mentions', () => {
  it('answers "@bot how many people are trapped?" in a thread under the mention, through SLACK_API_URL', async () => {
    const calls = postMessages();
    const res = await rig.event(mentionEvent('Ev0TRAPPED', '<@U0BOT> how many people are trapped?'));
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [call] = calls as [Record<string, unknown>];
    expect(call.channel).toBe('C0ALEPPO');
    expect(call.thread_ts).toBe('1700000000.000100');
    expect(String(call.text)).not.toBe('');
    expect(sectionsOf(call).join('\n')).toMatch(/trapped/);
    // a thread reply is public already: no Share button
    expect(buttonsOf(call).map((button) => button.action_id)).not.toContain(SHARE_ACTION);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const calls = postMessages();
    await rig.event(mentionEvent('Ev0INTHREAD', '<@U0BOT> sources', { thread_ts: '1699999999.000001' }));
    expect((calls[0] as Record<string, unknown>).thread_ts).toBe('1699999999.000001');
  });

  it('replies once to an event Slack delivers again (X-Slack-Retry-Num, same event_id)', async () => {
    const calls = postMessages();
    const event = mentionEvent('Ev0RETRIED', '<@U0BOT> summary');
    expect((await rig.event(event)).status).toBe(200);
    expect((await rig.event(event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect((await rig.event(event, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } })).status).toBe(200);
    expect(calls).toHaveLength(1);
  });
});

describe('buttons', () => {
  it('pages a long answer: a "More" click returns the next page in place', async () => {
    const first = hook('/commands/T0TEAM/6/search');
    await rig.command(slashCommand('/aleppo', 'search Aleppo', `${HOOKS}/commands/T0TEAM/6/search`));
    const [page1] = first as [Record<string, unknown>];
    const more = buttonsOf(page1).find((button) => button.action_id === MORE_ACTION);
    expect(more).toBeDefined();
    expect(decodeAnswerRequest(more?.value)).toEqual({ briefing: 'aleppo', text: 'search Aleppo', page: 1, shareable: true });

    const next = hook('/actions/T0TEAM/7/more');
    const res = await rig.action(buttonClick(MORE_ACTION, more?.value ?? '', `${HOOKS}/actions/T0TEAM/7/more`));
    expect(res.status).toBe(200);
    const [page2] = next as [Record<string, unknown>];
    expect(page2.replace_original).toBe(true);
    expect(headerOf(page2)).toBe(headerOf(page1));
    expect(JSON.stringify(page2.blocks)).toContain('Page 2 of');
    const shown = new Set(sectionsOf(page1));
    expect(sectionsOf(page2).length).toBeGreaterThan(0);
    expect(sectionsOf(page2).some((text) => shown.has(text))).toBe(false);
    expect(blockKitProblems(page2 as unknown as BlockMessage)).toEqual([]);
  });

  it('"Share in channel" posts the page for everyone, without buttons, naming who shared it', async () => {
    const first = hook('/commands/T0TEAM/8/sources');
    await rig.command(slashCommand('/aleppo', 'sources', `${HOOKS}/commands/T0TEAM/8/sources`));
    const share = buttonsOf(first[0] as Record<string, unknown>).find((button) => button.action_id === SHARE_ACTION);
    const shared = hook('/actions/T0TEAM/9/share');
    await rig.action(buttonClick(SHARE_ACTION, share?.value ?? '', `${HOOKS}/actions/T0TEAM/9/share`));
    const [message] = shared as [Record<string, unknown>];
    expect(message.response_type).toBe('in_channel');
    expect(message.replace_original).toBe(false);
    expect(headerOf(message)).toBe('Sources of aleppo');
    expect(buttonsOf(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('Shared by <@U0ASKER>');
  });
});

describe('health', () => {
  it('answers GET /health with the briefings served', async () => {
    const res = await fetch(`${rig.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, briefings: ['aleppo'] });
  });
});
