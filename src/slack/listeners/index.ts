import type { App } from '@slack/bolt';
import { dropDuplicateEvents } from '../middleware/drop-duplicate-events.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { registerActions } from './actions/index.ts';
import { registerCommands } from './commands/index.ts';
import { registerEvents } from './events/index.ts';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(dropDuplicateEvents(deps.seenEvents));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
}
