// Answers as Slack Block Kit: a header, an intro line, the items of one page, and the buttons (More,
// Share in channel). Long answers are cut into pages rather than truncated; every limit in
// block-kit-limits.ts holds by construction.
import type { Answer } from '../answer/answer-types.ts';
import { encodeAnswerRequest, MORE_ACTION, SHARE_ACTION } from './block-kit-actions.ts';
import { clipSlack } from './block-kit-escape.ts';
import { answerItems } from './block-kit-items.ts';
import { LIMITS } from './block-kit-limits.ts';
import type { Block, BlockMessage, Button } from './block-kit-types.ts';

/** Items on a page, and the characters a page may hold: a screenful, far below Slack's limits. */
export const PAGE_ITEMS = 10;
export const PAGE_CHARS = 6000;

export interface BlockOptions {
  /** 0-based; a page past the end shows the last one. */
  page?: number;
  /** The request the answer came from: given, long answers page with More (and Share if shareable). */
  request?: { briefing: string; text: string; shareable: boolean };
  /** A context line under the answer, already safe mrkdwn ("Shared by <@U123>"). */
  note?: string;
}

export interface RenderedPage extends BlockMessage {
  page: number;
  pages: number;
}

export function renderBlocks(answer: Answer, options: BlockOptions = {}): RenderedPage {
  const { title, intro, items } = answerItems(answer);
  // white space alone is no text: Slack rejects an empty section or context
  const pages = paginate(items.filter((item) => item.trim()).map((item) => clipSlack(item, LIMITS.sectionText)));
  const page = Math.min(Math.max(options.page ?? 0, 0), pages.length - 1);
  const header = clipSlack(title.trim() || 'Answer', LIMITS.headerText);
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: false } }];
  if (intro?.trim()) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clipSlack(intro, LIMITS.contextText) }] });
  for (const item of pages[page] ?? []) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: item } });

  const footer = [...(pages.length > 1 ? [`Page ${page + 1} of ${pages.length}`] : []), ...(options.note ? [options.note] : [])];
  if (footer.length) blocks.push({ type: 'context', elements: footer.map((text) => ({ type: 'mrkdwn' as const, text })) });
  const buttons = options.request ? answerButtons(options.request, page, pages.length) : [];
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons });

  const fallback = pages.length > 1 ? `${header} (page ${page + 1} of ${pages.length})` : header;
  return { text: fallback, blocks, page, pages: pages.length };
}

function answerButtons(request: NonNullable<BlockOptions['request']>, page: number, pages: number): Button[] {
  const buttons: Button[] = [];
  if (page + 1 < pages) {
    const value = encodeAnswerRequest({ ...request, page: page + 1 });
    buttons.push({ type: 'button', action_id: MORE_ACTION, text: { type: 'plain_text', text: `More (${page + 2} of ${pages})` }, value });
  }
  if (request.shareable) {
    const value = encodeAnswerRequest({ ...request, page });
    buttons.push({ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'Share in channel' }, value, style: 'primary' });
  }
  return buttons;
}

/** Items into pages of at most PAGE_ITEMS items and PAGE_CHARS characters (one long item still gets a page). */
function paginate(items: string[]): string[][] {
  const pages: string[][] = [[]];
  let chars = 0;
  for (const item of items) {
    const current = pages[pages.length - 1] as string[];
    if (current.length > 0 && (current.length >= PAGE_ITEMS || chars + item.length > PAGE_CHARS)) {
      pages.push([item]);
      chars = item.length;
    } else {
      current.push(item);
      chars += item.length;
    }
  }
  return pages;
}
