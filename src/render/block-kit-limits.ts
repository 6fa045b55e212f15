// Slack's Block Kit limits for messages, and a check that lists every one a message breaks. The
// renderer keeps within them by construction; the tests run this check over every answer.
import type { Block, BlockMessage } from './block-kit-types.ts';

export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  actionElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** chat.postMessage truncates longer fallbacks. */
  fallbackText: 4000,
} as const;

export function blockKitProblems(message: BlockMessage): string[] {
  const problems: string[] = [];
  if (!message.text.trim()) problems.push('the text fallback is empty');
  if (message.text.length > LIMITS.fallbackText) problems.push(`the text fallback has ${message.text.length} characters`);
  if (message.blocks.length > LIMITS.blocks) problems.push(`${message.blocks.length} blocks (at most ${LIMITS.blocks})`);
  message.blocks.forEach((block, i) => problems.push(...blockProblems(block).map((problem) => `block ${i} (${block.type}): ${problem}`)));
  return problems;
}

function blockProblems(block: Block): string[] {
  const over = (what: string, text: string, max: number) => (text.length > max ? [`${what} has ${text.length} characters (at most ${max})`] : []);
  const empty = (what: string, text: string) => (text.trim() ? [] : [`${what} is empty`]);
  switch (block.type) {
    case 'header':
      return [...empty('text', block.text.text), ...over('text', block.text.text, LIMITS.headerText)];
    case 'section':
      return [...empty('text', block.text.text), ...over('text', block.text.text, LIMITS.sectionText)];
    case 'context':
      return [
        ...(block.elements.length > LIMITS.contextElements ? [`${block.elements.length} elements (at most ${LIMITS.contextElements})`] : []),
        ...block.elements.flatMap((element) => [...empty('element', element.text), ...over('element', element.text, LIMITS.contextText)]),
      ];
    case 'actions':
      return [
        ...(block.elements.length > LIMITS.actionElements ? [`${block.elements.length} elements (at most ${LIMITS.actionElements})`] : []),
        ...block.elements.flatMap((button) => [
          ...over('button text', button.text.text, LIMITS.buttonText),
          ...over('button value', button.value, LIMITS.buttonValue),
          ...over('action_id', button.action_id, LIMITS.actionId),
        ]),
      ];
    case 'divider':
      return [];
  }
}
