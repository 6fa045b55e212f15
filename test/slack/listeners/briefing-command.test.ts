// The slash command listener called directly, with fake ack and respond (bolt-ts-starter-template style).
import { join } from 'node:path';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBriefings } from '../../../src/config/load-briefings.ts';
import { createChannelNames } from '../../../src/slack/channel-names.ts';
import { briefingCommand } from '../../../src/slack/listeners/commands/briefing-command.ts';
import { createMemorySeenEvents } from '../../../src/slack/seen-events.ts';
import { ingestedSeeds } from '../../helpers/seed-store.ts';

const seeds = ingestedSeeds();
afterAll(() => seeds.cleanup());
const deps = {
  store: seeds.store,
  briefings: loadBriefings(join(import.meta.dirname, '../../../briefings')),
  seenEvents: createMemorySeenEvents(),
  channelNames: createChannelNames(),
};

describe('briefingCommand', () => {
  it('acks before it answers, and answers privately', async () => {
    const calls: string[] = [];
    const responses: Record<string, unknown>[] = [];
    const args = {
      command: { command: '/aleppo', text: 'quotes de Mistura' },
      ack: async () => void calls.push('ack'),
      respond: async (message: Record<string, unknown>) => void (calls.push('respond'), responses.push(message)),
    } as unknown as SlackCommandMiddlewareArgs & AllMiddlewareArgs;
    await briefingCommand(deps)(args);
    expect(calls).toEqual(['ack', 'respond']);
    expect(responses[0]?.response_type).toBe('ephemeral');
    expect(responses[0]?.text).toBe('Quotes from Staffan de Mistura');
  });
});
