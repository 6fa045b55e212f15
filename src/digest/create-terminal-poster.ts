// Local mode's digests: "posted" to the terminal. The Block Kit texts are printed as plain text, the
// thread replies indented under their digest.
import type { DigestPoster } from './run-digest-slot.ts';

export function createTerminalPoster(output: NodeJS.WritableStream): DigestPoster {
  let count = 0;
  return async (message) => {
    const ts = `local.${++count}`;
    const indent = message.thread_ts ? '    ' : '';
    const lines = (message.blocks as { text?: { text?: string }; elements?: { text?: string }[] }[]).flatMap((block) => [
      ...(block.text?.text ? [block.text.text] : []),
      ...(block.elements ?? []).flatMap((element) => (element.text ? [element.text] : [])),
    ]);
    const text = lines.join('\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    output.write(`${message.thread_ts ? '' : `\n[digest for ${message.channel}]\n`}${text.replace(/^/gm, indent)}\n`);
    return { ts };
  };
}
