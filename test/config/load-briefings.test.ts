import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadBriefings } from '../../src/config/load-briefings.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function briefing(name: string, yaml: string): string {
  mkdirSync(join(dir, name, 'articles'), { recursive: true });
  const file = join(dir, name, 'briefing.yaml');
  writeFileSync(file, yaml);
  return file;
}

function loadError(): ConfigError {
  try {
    loadBriefings(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadBriefings', () => {
  it('reads the real aleppo briefing', () => {
    const [aleppo] = loadBriefings(join(import.meta.dirname, '../../briefings'));
    expect(aleppo).toMatchObject({ name: 'aleppo', command: '/aleppo', timezone: 'Asia/Damascus' });
    expect(aleppo?.digest).toEqual([
      { cron: '0 8 * * *', timezone: 'Asia/Damascus', channels: ['#aleppo-briefing'] },
      { cron: '0 18 * * 1-5', timezone: 'Europe/London', channels: ['#newsdesk'] },
    ]);
  });

  it('adds a briefing for each folder, with defaults from its name', () => {
    briefing('mosul', 'title: The battle for Mosul\n');
    expect(loadBriefings(dir)).toMatchObject([{ name: 'mosul', command: '/mosul', title: 'The battle for Mosul', digest: [] }]);
  });

  it.each([
    ['a bad cron expression', 'channels: ["#news"]\ndigest:\n  - cron: "61 8 * * *"\n', 'digest[0].cron', 'minute hour day month weekday'],
    ['an unknown time zone', 'timezone: Mars/Olympus\n', 'timezone', 'IANA name'],
    ['a command without a slash', 'command: aleppo\n', 'command', 'write it as /'],
    ['a schedule with no channel', 'digest:\n  - cron: "0 8 * * *"\n', 'digest[0].channels', 'list channels'],
    ['a channel that is not one', 'channels: [aleppo news]\n', 'channels', '"#name"'],
    ['broken YAML', 'title: [unclosed\n', 'YAML', 'indentation'],
    ['digest as a single mapping', 'digest:\n  cron: "0 8 * * *"\n', 'digest', 'must be a list'],
  ])('names the file, the field and the fix for %s', (_name, yaml, field, fix) => {
    const file = briefing('broken', yaml);
    const error = loadError();
    expect(error.file).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message).toContain(file);
    expect(error.message).toContain(fix);
  });

  it('refuses two briefings with the same slash command', () => {
    briefing('one', 'command: /news\n');
    briefing('two', 'command: /news\n');
    expect(loadError().message).toMatch(/\/news is also the command of one/);
  });
});
