// Local mode: the same replies as in Slack, as terminal text, one command per line from a pipe.
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBriefings } from '../../src/config/load-briefings.ts';
import { parseLocalLine } from '../../src/local/parse-local-line.ts';
import { answerLine, runLocalBot } from '../../src/local/run-local-bot.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';

const seeds = ingestedSeeds();
afterAll(() => seeds.cleanup());
const deps = { store: seeds.store, briefings: loadBriefings(join(import.meta.dirname, '../../briefings')) };

async function pipe(lines: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runLocalBot({ ...deps, input, output });
  input.end(lines);
  await done;
  return printed;
}

describe('parseLocalLine', () => {
  it.each([
    ['/aleppo quotes de Mistura', { kind: 'command', command: '/aleppo', text: 'quotes de Mistura' }],
    ['/ALEPPO', { kind: 'command', command: '/aleppo', text: '' }],
    ['@bot how many people are trapped?', { kind: 'mention', text: 'how many people are trapped?' }],
    ['how many people are trapped?', { kind: 'mention', text: 'how many people are trapped?' }],
    ['   ', { kind: 'blank' }],
    ['exit', { kind: 'quit' }],
    ['help', { kind: 'help' }],
  ])('%s', (line, expected) => expect(parseLocalLine(line)).toEqual(expected));
});

describe('runLocalBot', () => {
  it('answers one command per line when stdin is a pipe (echo "/aleppo summary" | npm start)', async () => {
    const printed = await pipe('/aleppo summary\n@bot quotes de Mistura\n');
    expect(printed).toMatch(/^Summary of aleppo\n {2}• .+\[.+\]/);
    expect(printed).toContain('Quotes from Staffan de Mistura');
    expect(printed).not.toContain('> ');
  });

  it('stops at "exit"', async () => {
    const printed = await pipe('/aleppo sources\nexit\n/aleppo summary\n');
    expect(printed).toContain('Sources of aleppo');
    expect(printed).not.toContain('Summary of aleppo');
  });
});

describe('answerLine', () => {
  it('gives help, not an error, for a command no briefing has', () => {
    expect(answerLine(deps, '/mosul summary')).toMatch(/^Unknown command \/mosul\.\nType what you would type in Slack:\n {2}\/aleppo summary/);
  });

  it('answers a mention with the only briefing, and the help for empty words', () => {
    expect(answerLine(deps, '@bot')).toContain('/aleppo summary [topic]');
    expect(answerLine(deps, '@bot how many people are trapped?')).toMatch(/^Figures in aleppo/);
  });
});
