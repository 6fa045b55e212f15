import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { type BriefingConfig, loadBriefings } from '../../src/config/load-briefings.ts';
import { chooseBriefing, needsChannelName, stripMentions } from '../../src/slack/choose-briefing.ts';

// the seed briefing's config with another name, command and channels
const seed = loadBriefings(join(import.meta.dirname, '../../briefings'))[0] as BriefingConfig;
const briefing = (name: string, channels: string[]): BriefingConfig => ({ ...seed, name, title: name, command: `/${name}`, channels });
const aleppo = briefing('aleppo', ['#aleppo-briefing', 'C0NEWSDESK']);
const mosul = briefing('mosul', ['#mosul', 'C0NEWSDESK']);
const nowhere = { channelId: null, channelName: null };

describe('chooseBriefing', () => {
  it.each<[string, BriefingConfig[], string, { channelId: string | null; channelName: string | null; threadBriefing?: string }, string | null, string]>([
    ['the only briefing is the default', [aleppo], 'how many are trapped?', nowhere, 'aleppo', 'how many are trapped?'],
    ['a briefing named first wins', [aleppo, mosul], 'mosul summary', nowhere, 'mosul', 'summary'],
    ['so does its command', [aleppo, mosul], '/mosul summary', nowhere, 'mosul', 'summary'],
    ['"aleppo:" with a colon', [aleppo, mosul], 'aleppo: sources', nowhere, 'aleppo', 'sources'],
    ['a channel listed by "#name"', [aleppo, mosul], 'summary', { channelId: 'C0MOSUL', channelName: 'mosul' }, 'mosul', 'summary'],
    ['a channel listed by id', [aleppo, briefing('raqqa', ['C0RAQQA'])], 'summary', { channelId: 'C0RAQQA', channelName: null }, 'raqqa', 'summary'],
    ['a channel of two briefings asks', [aleppo, mosul], 'summary', { channelId: 'C0NEWSDESK', channelName: 'newsdesk' }, null, ''],
    ['an unknown channel asks', [aleppo, mosul], 'summary', { channelId: 'C0RANDOM', channelName: 'random' }, null, ''],
    ["a digest's thread is about its briefing", [aleppo, mosul], 'figures', { channelId: 'C0NEWSDESK', channelName: 'newsdesk', threadBriefing: 'mosul' }, 'mosul', 'figures'],
  ])('%s', (_, briefings, text, place, expected, rest) => {
    const choice = chooseBriefing(briefings, text, place);
    expect(choice.briefing?.name ?? null).toBe(expected);
    if (choice.briefing) expect(choice.text).toBe(rest);
  });

  it('offers the briefings of the channel when it has several', () => {
    const choice = chooseBriefing([aleppo, mosul, briefing('raqqa', [])], 'summary', { channelId: 'C0NEWSDESK', channelName: null });
    expect(choice.briefing === null && choice.candidates.map((b) => b.name)).toEqual(['aleppo', 'mosul']);
  });
});

describe('needsChannelName', () => {
  it('only with several briefings, some listing "#names"', () => {
    expect(needsChannelName([aleppo])).toBe(false);
    expect(needsChannelName([aleppo, mosul])).toBe(true);
    expect(needsChannelName([briefing('a', ['C0A']), briefing('b', ['C0B'])])).toBe(false);
  });
});

describe('stripMentions', () => {
  it.each([
    ['<@U0BOT> how many people are trapped?', 'how many people are trapped?'],
    ['<@U0BOT|briefing>   aleppo   summary', 'aleppo summary'],
  ])('%s -> %s', (input, expected) => expect(stripMentions(input)).toBe(expected));
});
