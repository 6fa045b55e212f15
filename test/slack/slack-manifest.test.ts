// slack-manifest.yaml is what an admin pastes into Slack; it must match the briefings the bot serves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBriefings } from '../../src/config/load-briefings.ts';
import { buildManifest, manifestYaml } from '../../src/slack/build-manifest.ts';

const ROOT = join(import.meta.dirname, '../..');
const briefings = loadBriefings(join(ROOT, 'briefings'));
const manifest = parse(readFileSync(join(ROOT, 'slack-manifest.yaml'), 'utf8')) as ReturnType<typeof parse>;

describe('slack-manifest.yaml', () => {
  it('is what briefings/ generates (regenerate: npx tsx src/slack/write-manifest.ts)', () => {
    expect(readFileSync(join(ROOT, 'slack-manifest.yaml'), 'utf8')).toBe(manifestYaml(briefings));
  });

  it('has one slash command per briefing', () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual(briefings.map((b) => b.command));
  });

  it('subscribes to app_mention, turns on interactivity for the buttons, and asks only the scopes the listeners use', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'commands']);
  });

  it('asks channels:read only when a mention must map a "#name" to one of several briefings', () => {
    const two = [...briefings, { ...briefings[0]!, name: 'mosul', command: '/mosul', channels: ['#mosul'] }];
    const scopes = (buildManifest(two) as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes.bot;
    expect(scopes).toContain('channels:read');
  });
});
