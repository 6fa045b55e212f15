import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BriefingConfig } from '../../src/config/load-briefings.ts';
import { createDigestClient, createDigestPoster } from '../../src/digest/create-digest-poster.ts';
import type { DigestDeps } from '../../src/digest/run-digest-slot.ts';
import { startDigests } from '../../src/digest/start-digests.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { BriefingStore } from '../../src/store/store.ts';
import { fakePostMessage, type PostedMessage } from '../helpers/fake-slack.ts';
import { ManualScheduler } from '../helpers/manual-scheduler.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

const CHANNEL = 'C0DIGEST01';
let now: Date;
let temp: TempBriefing;
let logs: string[];
const clock = () => now;

function briefing(overrides: Partial<BriefingConfig> = {}): BriefingConfig {
  return {
    name: 'aleppo',
    title: 'The siege of eastern Aleppo',
    command: '/aleppo',
    timezone: 'Europe/London',
    channels: [CHANNEL],
    digest: [{ cron: '0 8 * * *', timezone: 'Europe/London', channels: [CHANNEL] }],
    digestWhenQuiet: 'note',
    digestGraceMinutes: 60,
    articlesDir: temp.articlesDir,
    configFile: null,
    ...overrides,
  };
}

function deps(store: BriefingStore = temp.store, instance = 'bot-1'): DigestDeps {
  return {
    store,
    post: createDigestPoster(createDigestClient('xoxb-test-token', 'https://slack.com/api/')),
    refresh: () => void ingestBriefing({ store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle }),
    clock,
    instance,
    retry: { sleep: async () => undefined, baseDelayMs: 1 },
    log: (message) => logs.push(message),
  };
}

beforeEach(() => {
  now = new Date('2026-03-27T07:30:00Z');
  logs = [];
  temp = tempBriefing({ now: clock, files: ['000_110a4447e39010e5.txt', '001_d406a6a2ac8f8ee6.txt', '002_f498d64b4a4dc7dc.txt'] });
});
afterEach(() => {
  nock.cleanAll();
  temp.cleanup();
});

const mainMessages = (posted: PostedMessage[]) => posted.filter((m) => !m.thread_ts);

describe('scheduled digests', () => {
  it('posts each slot once with the detail as thread replies, in the schedule time zone', async () => {
    const slack = fakePostMessage();
    const scheduler = new ManualScheduler(now);
    const service = startDigests({ ...deps(), briefings: [briefing()], scheduler });
    await service.caughtUp;
    now = new Date('2026-03-30T12:00:00Z');
    expect(scheduler.advanceTo(now).map((at) => at.toISOString())).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
    await service.idle();
    const mains = mainMessages(slack.posted);
    expect(mains).toHaveLength(4);
    expect(mains.every((m) => m.channel === CHANNEL && m.blocks[0]?.type === 'header')).toBe(true);
    const [first] = slack.posted;
    const replies = slack.posted.filter((m) => m.thread_ts === '1700000000.000001');
    expect(replies.length).toBe(3);
    expect(first?.blocks.map((b) => b.text?.text ?? '').join('\n')).toContain('3 new articles');
    // the later digests have nothing new: a one-line note each
    expect(mains[1]?.blocks.map((b) => b.text?.text ?? '').join('\n')).toContain('Nothing new since the last digest.');
    service.stop();
  });

  it('lists exactly the articles added since the channel’s last digest', async () => {
    const slack = fakePostMessage();
    const scheduler = new ManualScheduler(now);
    const service = startDigests({ ...deps(), briefings: [briefing()], scheduler });
    now = new Date('2026-03-27T09:00:00Z');
    scheduler.advanceTo(now);
    await service.idle();
    copyFileSync(join(SEEDS_DIR, '003_0d17289a13f21707.txt'), join(temp.articlesDir, '003_0d17289a13f21707.txt'));
    copyFileSync(join(SEEDS_DIR, '004_bfe7486261a02aa5.txt'), join(temp.articlesDir, '004_bfe7486261a02aa5.txt'));
    now = new Date('2026-03-28T09:00:00Z');
    scheduler.advanceTo(now);
    await service.idle();
    const whatIsNew = (n: number) => mainMessages(slack.posted)[n]?.blocks.find((b) => b.text?.text.startsWith('*What is new*'))?.text?.text;
    expect(whatIsNew(0)).toMatch(/^\*What is new\*\n3 new articles: 000, 001, 002\n/);
    expect(whatIsNew(1)).toMatch(/^\*What is new\*\n2 new articles: 003, Arab News \(004\)\n/);
    expect(whatIsNew(1)).not.toContain('updated');
    service.stop();
  });

  it('posts a slot missed while down once at restart inside the grace window, and skips an older one with a log line', async () => {
    const slack = fakePostMessage();
    now = new Date('2026-03-27T08:40:00Z');
    const first = startDigests({ ...deps(), briefings: [briefing()], scheduler: new ManualScheduler(now) });
    await first.caughtUp;
    first.stop();
    const again = startDigests({ ...deps(), briefings: [briefing()], scheduler: new ManualScheduler(now) });
    await again.caughtUp;
    again.stop();
    expect(mainMessages(slack.posted)).toHaveLength(1);
    expect(temp.store.digest('aleppo', CHANNEL, '2026-03-27 08:00 Europe/London')?.status).toBe('posted');

    now = new Date('2026-03-28T10:30:00Z');
    const late = startDigests({ ...deps(), briefings: [briefing()], scheduler: new ManualScheduler(now) });
    await late.caughtUp;
    late.stop();
    expect(mainMessages(slack.posted)).toHaveLength(1);
    expect(logs.some((line) => line.includes('2026-03-28 08:00 Europe/London') && line.includes('skipped'))).toBe(true);
  });

  it('posts once when two bot processes share one store', async () => {
    const slack = fakePostMessage();
    const other = openSqliteStore(temp.dbPath, { now: clock });
    try {
      const schedulers = [new ManualScheduler(now), new ManualScheduler(now)];
      const services = [
        startDigests({ ...deps(temp.store, 'bot-1'), briefings: [briefing()], scheduler: schedulers[0] as ManualScheduler }),
        startDigests({ ...deps(other, 'bot-2'), briefings: [briefing()], scheduler: schedulers[1] as ManualScheduler }),
      ];
      now = new Date('2026-03-27T08:30:00Z');
      for (const scheduler of schedulers) scheduler.advanceTo(now);
      await Promise.all(services.map((service) => service.idle()));
      expect(mainMessages(slack.posted)).toHaveLength(1);
      const slot = services.flatMap((s) => s.outcomes).filter((o) => o.slot === '2026-03-27 08:00 Europe/London');
      expect(slot.map((o) => o.outcome).sort()).toEqual(['claimed-elsewhere', 'posted']);
      services.forEach((service) => service.stop());
    } finally {
      other.close();
    }
  });

  it.each([
    ['a 429 then 200', [[429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '1' }]]],
    ['a 500 three times then 200', [[500, {}], [500, {}], [500, {}]]],
  ] as [string, [number, object, Record<string, string>?][]][])('posts once after %s', async (_name, failures) => {
    const slack = fakePostMessage('https://slack.com', failures);
    const scheduler = new ManualScheduler(now);
    const service = startDigests({ ...deps(), briefings: [briefing()], scheduler });
    now = new Date('2026-03-27T08:30:00Z');
    scheduler.advanceTo(now);
    await service.idle();
    expect(mainMessages(slack.posted)).toHaveLength(1);
    expect(slack.calls()).toBe(failures.length + 4);
    expect(logs.filter((line) => line.includes('retry'))).toHaveLength(failures.length);
    expect(temp.store.digest('aleppo', CHANNEL, '2026-03-27 08:00 Europe/London')?.status).toBe('posted');
    service.stop();
  });

  it('gives up on a post Slack does not answer, and posts once on the retry', async () => {
    const posted: unknown[] = [];
    nock('https://slack.com').post('/api/chat.postMessage').delayConnection(2000).reply(200, { ok: true, ts: '1700000000.000001' });
    nock('https://slack.com').persist().post('/api/chat.postMessage').reply((_uri, body) => (posted.push(body), [200, { ok: true, ts: `1700000000.00000${posted.length + 1}` }]));
    const scheduler = new ManualScheduler(now);
    const service = startDigests({ ...deps(), post: createDigestPoster(createDigestClient('xoxb-test-token', 'https://slack.com/api/', 100)), briefings: [briefing()], scheduler });
    now = new Date('2026-03-27T08:30:00Z');
    scheduler.advanceTo(now);
    await service.idle();
    expect(temp.store.digest('aleppo', CHANNEL, '2026-03-27 08:00 Europe/London')?.status).toBe('posted');
    expect(logs.filter((line) => line.includes('retry'))).toHaveLength(1);
    expect(posted).toHaveLength(4);
    service.stop();
  });

  it('records a post Slack refuses for good and does not retry it', async () => {
    const slack = fakePostMessage('https://slack.com', [[200, { ok: false, error: 'channel_not_found' }]]);
    const scheduler = new ManualScheduler(now);
    const service = startDigests({ ...deps(), briefings: [briefing()], scheduler });
    now = new Date('2026-03-27T08:30:00Z');
    scheduler.advanceTo(now);
    await service.idle();
    expect(slack.calls()).toBe(1);
    expect(temp.store.digest('aleppo', CHANNEL, '2026-03-27 08:00 Europe/London')).toMatchObject({ status: 'failed', error: expect.stringContaining('channel_not_found') });
    service.stop();
  });
});
