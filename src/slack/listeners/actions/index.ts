import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { MORE_ACTION, SHARE_ACTION } from '../../../render/block-kit-actions.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { moreButton } from './more-button.ts';
import { shareButton } from './share-button.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(MORE_ACTION, moreButton(deps));
  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, shareButton(deps));
}
