// One line typed at the local bot: "/aleppo quotes de Mistura" is a slash command, "@bot how many
// people are trapped?" (or any other words) a mention.

export type LocalLine =
  | { kind: 'command'; command: string; text: string }
  | { kind: 'mention'; text: string }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'blank' };

export function parseLocalLine(line: string): LocalLine {
  const text = line.trim();
  if (!text || text.startsWith('#')) return { kind: 'blank' };
  if (/^(exit|quit|:q)$/i.test(text)) return { kind: 'quit' };
  if (/^(help|\?|\/help)$/i.test(text)) return { kind: 'help' };
  const command = /^(\/\S+)\s*(.*)$/s.exec(text);
  if (command) return { kind: 'command', command: (command[1] ?? '').toLowerCase(), text: command[2] ?? '' };
  // "@bot ...", "@briefing ...": whatever the bot is called here, the name is not part of the question
  return { kind: 'mention', text: text.replace(/^@\S+\s*/, '') };
}
