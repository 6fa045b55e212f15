// The Slack app manifest, from the briefings: one slash command each, the app_mention event,
// interactivity for the buttons, and the bot scopes the listeners use (channels:read only when a
// mention must map a channel name to a briefing). Socket Mode, so an admin can paste it as it is;
// docs/slack.md says what to change for HTTP. A test keeps slack-manifest.yaml equal to this.
import { stringify } from 'yaml';
import type { BriefingConfig } from '../config/load-briefings.ts';
import { needsChannelName } from './choose-briefing.ts';

const USAGE = 'summary | quotes <speaker> | figures [topic] | sources | search <words> | <question>';

export function buildManifest(briefings: BriefingConfig[], name = 'Briefing'): Record<string, unknown> {
  const scopes = ['app_mentions:read', 'chat:write', 'commands', ...(needsChannelName(briefings) ? ['channels:read'] : [])].sort();
  return {
    display_information: {
      name,
      description: 'Cited summaries, quotes, figures and sources for the news briefings you follow.',
    },
    features: {
      bot_user: { display_name: name.toLowerCase(), always_online: true },
      slash_commands: briefings.map((briefing) => ({
        command: briefing.command,
        description: `${briefing.title}: ask for a summary, quotes, figures or sources`.slice(0, 100),
        usage_hint: USAGE,
        should_escape: false,
      })),
    },
    oauth_config: { scopes: { bot: scopes } },
    settings: {
      event_subscriptions: { bot_events: ['app_mention'] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}

export function manifestYaml(briefings: BriefingConfig[]): string {
  const header = [
    '# Slack app manifest, generated from briefings/ by src/slack/write-manifest.ts (a test keeps it in step).',
    '# Paste it at https://api.slack.com/apps > Create New App > From a manifest. For HTTP instead of Socket',
    '# Mode see docs/slack.md.',
  ].join('\n');
  return `${header}\n${stringify(buildManifest(briefings), { lineWidth: 0 })}`;
}
