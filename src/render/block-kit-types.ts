// The few Block Kit shapes the bot sends; they are structurally Slack's KnownBlock, kept narrow so the
// limits check (block-kit-limits.ts) can see every text.

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
}

export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: Button[] };

/** A message: the blocks and the plain fallback Slack shows in notifications. */
export interface BlockMessage {
  text: string;
  blocks: Block[];
}
