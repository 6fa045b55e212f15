import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.ts';
import { briefingCommand } from './briefing-command.ts';

/** One slash command per briefing (/aleppo), all answered by the same listener. */
export function registerCommands(app: App, deps: SlackDeps): void {
  for (const briefing of deps.briefings) app.command(briefing.command, briefingCommand(deps));
}
