// Local mode: the bot in a terminal, over the same code as the Slack app (reply-to-message.ts), with
// answers rendered as text. Interactive on a TTY; otherwise one command per line, so
// `echo '/aleppo summary' | npm start` answers and exits.
import { createInterface } from 'node:readline';
import type { BriefingDeps } from '../slack/briefing-deps.ts';
import { replyToCommand, replyToMention } from '../slack/reply-to-message.ts';
import { parseLocalLine } from './parse-local-line.ts';
import { localHelp, renderLocalReply } from './render-local-reply.ts';

export interface LocalBotOptions extends BriefingDeps {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

export async function runLocalBot(options: LocalBotOptions): Promise<void> {
  const interactive = options.input.isTTY === true;
  const lines = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive });
  if (interactive) {
    options.output.write(`${localHelp(options.briefings)}\n\n`);
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const answer = answerLine(options, line);
    if (answer === null) break;
    if (answer) options.output.write(`${answer}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}

/** The text to print for a line: '' for nothing, null to stop. */
export function answerLine(deps: BriefingDeps, line: string): string | null {
  const parsed = parseLocalLine(line);
  switch (parsed.kind) {
    case 'blank':
      return '';
    case 'quit':
      return null;
    case 'help':
      return localHelp(deps.briefings);
    case 'command': {
      if (!deps.briefings.some((briefing) => briefing.command === parsed.command)) {
        return `Unknown command ${parsed.command}.\n${localHelp(deps.briefings)}`;
      }
      return renderLocalReply(replyToCommand(deps, parsed.command, parsed.text));
    }
    case 'mention':
      return renderLocalReply(replyToMention(deps, parsed.text, { channelId: null, channelName: null }));
  }
}
