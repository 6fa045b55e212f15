// Reads and validates briefings/<name>/briefing.yaml. Adding a folder adds a briefing; a bad file stops
// startup with the file, the field and the fix named.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import cron from 'node-cron';
import { parse } from 'yaml';
import { ConfigError } from './config-error.ts';

export interface DigestSchedule {
  cron: string;
  timezone: string;
  channels: string[];
}

export interface BriefingConfig {
  name: string;
  title: string;
  command: string;
  timezone: string;
  channels: string[];
  digest: DigestSchedule[];
  /** When nothing is new at a digest slot: post a one-line note, or skip the slot. */
  digestWhenQuiet: 'note' | 'skip';
  /** A slot missed while the bot was down is still posted at start if it is at most this old. */
  digestGraceMinutes: number;
  /** Absolute path of the folder holding the article files. */
  articlesDir: string;
  /** The briefing.yaml it was read from, or null for an ad-hoc folder of articles. */
  configFile: string | null;
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,30}$/;
const COMMAND = /^\/[a-z0-9_-]{1,31}$/;

export function loadBriefings(briefingsDir: string): BriefingConfig[] {
  if (!existsSync(briefingsDir)) {
    throw new ConfigError(briefingsDir, 'folder', 'does not exist', 'set BRIEFINGS_DIR to the folder that holds one folder per briefing');
  }
  const folders = readdirSync(briefingsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'));
  const briefings = folders
    .filter((folder) => existsSync(join(briefingsDir, folder.name, 'briefing.yaml')))
    .map((folder) => loadBriefing(join(briefingsDir, folder.name, 'briefing.yaml')));
  const commands = new Map<string, string>();
  for (const briefing of briefings) {
    const other = commands.get(briefing.command);
    if (other) throw new ConfigError(briefing.configFile ?? briefing.name, 'command', `${briefing.command} is also the command of ${other}`, 'give each briefing its own slash command');
    commands.set(briefing.command, briefing.name);
  }
  return briefings;
}

export function loadBriefing(file: string): BriefingConfig {
  const folder = resolve(file, '..');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, 'YAML', `cannot be parsed (${(error as Error).message.split('\n')[0]})`, 'check the indentation and quoting');
  }
  if (!isRecord(raw)) throw new ConfigError(file, 'document', 'is not a mapping of fields', 'write `name: ...`, `title: ...`, `command: /...` on their own lines');
  const field = new FieldReader(file, raw);
  const name = field.string('name', basename(folder));
  if (!NAME.test(name)) throw new ConfigError(file, 'name', `"${name}" is not a valid briefing name`, 'use lower-case letters, digits, - and _ (at most 31)');
  const timezone = field.timezone('timezone', 'UTC');
  const channels = field.channels('channels', []);
  const command = field.string('command', `/${name}`);
  if (!COMMAND.test(command)) throw new ConfigError(file, 'command', `"${command}" is not a Slack slash command`, 'write it as / followed by up to 31 lower-case letters, digits, - or _ (e.g. /aleppo)');
  return {
    name,
    title: field.string('title', name),
    command,
    timezone,
    channels,
    digest: field.list('digest').map((entry, i) => readSchedule(file, `digest[${i}]`, entry, timezone, channels)),
    digestWhenQuiet: field.choice('digest_when_quiet', ['note', 'skip'], 'note'),
    digestGraceMinutes: field.number('digest_grace_minutes', 60, 0, 7 * 24 * 60),
    articlesDir: join(folder, 'articles'),
    configFile: file,
  };
}

/** A folder of article files given on the command line: a briefing with no Slack command or digests. */
export function adHocBriefing(folder: string): BriefingConfig {
  const name = basename(resolve(folder)).toLowerCase().replace(/[^a-z0-9_-]+/g, '-').slice(0, 31) || 'folder';
  return {
    name: `dir:${resolve(folder)}`,
    title: name,
    command: `/${name}`,
    timezone: 'UTC',
    channels: [],
    digest: [],
    digestWhenQuiet: 'note',
    digestGraceMinutes: 60,
    articlesDir: resolve(folder),
    configFile: null,
  };
}

function readSchedule(file: string, path: string, entry: unknown, timezone: string, channels: string[]): DigestSchedule {
  if (!isRecord(entry)) throw new ConfigError(file, path, 'is not a mapping', 'write each schedule as `- cron: "0 8 * * *"` with optional timezone and channels');
  const field = new FieldReader(file, entry, `${path}.`);
  const expression = field.string('cron', '');
  if (!expression || !cron.validate(expression)) {
    throw new ConfigError(file, `${path}.cron`, `"${expression}" is not a valid cron expression`, 'use five fields (minute hour day month weekday), e.g. "0 8 * * 1-5" for 08:00 on weekdays');
  }
  const scheduleChannels = field.channels('channels', channels);
  if (scheduleChannels.length === 0) throw new ConfigError(file, `${path}.channels`, 'names no channel', 'list channels under the schedule or at the top level of the file');
  return { cron: expression, timezone: field.timezone('timezone', timezone), channels: scheduleChannels };
}

class FieldReader {
  constructor(
    private readonly file: string,
    private readonly raw: Record<string, unknown>,
    private readonly prefix = '',
  ) {}

  string(key: string, fallback: string): string {
    const value = this.raw[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string' || !value.trim()) throw new ConfigError(this.file, this.prefix + key, 'must be a non-empty text', `write ${key}: followed by a value in quotes`);
    return value.trim();
  }

  timezone(key: string, fallback: string): string {
    const zone = this.string(key, fallback);
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new ConfigError(this.file, this.prefix + key, `"${zone}" is not a known time zone`, 'use an IANA name such as Europe/London or Asia/Damascus');
    }
    return zone;
  }

  choice<T extends string>(key: string, choices: T[], fallback: T): T {
    const value = this.string(key, fallback);
    if (!choices.includes(value as T)) throw new ConfigError(this.file, this.prefix + key, `"${value}" is not one of ${choices.join(', ')}`, `write ${key}: ${choices[0]}`);
    return value as T;
  }

  number(key: string, fallback: number, min: number, max: number): number {
    const value = this.raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw new ConfigError(this.file, this.prefix + key, `must be a number from ${min} to ${max}`, `write ${key}: ${fallback}`);
    }
    return value;
  }

  channels(key: string, fallback: string[]): string[] {
    const value = this.raw[key];
    if (value === undefined || value === null) return fallback;
    const list = Array.isArray(value) ? value : [value];
    if (!list.every((channel) => typeof channel === 'string' && /^(#[a-z0-9._-]{1,80}|[CGD][A-Z0-9]{6,})$/.test(channel))) {
      throw new ConfigError(this.file, this.prefix + key, 'must list channels as "#name" or channel ids like C0123ABCD', 'quote each channel: - "#aleppo-briefing"');
    }
    return list as string[];
  }

  list(key: string): unknown[] {
    const value = this.raw[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new ConfigError(this.file, this.prefix + key, 'must be a list', `write each entry on its own line under ${key}:, starting with "- "`);
    return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
