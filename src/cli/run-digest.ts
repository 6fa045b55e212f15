// `briefing digest <BRIEFING> [--dry-run | --post] [--channel C]`: the digest a channel would get now.
// --dry-run (the default) prints it; --post posts it to Slack at once, recorded like a scheduled one.
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { readEnvOptions, readSlackEnv } from '../config/read-env.ts';
import { buildDigest } from '../digest/build-digest.ts';
import { createDigestClient, createDigestPoster } from '../digest/create-digest-poster.ts';
import { renderDigestText } from '../digest/render-digest.ts';
import { runDigestSlot } from '../digest/run-digest-slot.ts';
import { refreshBriefing } from '../ingest/refresh-briefing.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { CliIo } from './main.ts';
import { UsageError } from './main.ts';
import { chooseBriefings } from './run-ingest.ts';

export async function runDigest(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean', default: false }, post: { type: 'boolean', default: false }, channel: { type: 'string' } },
    allowPositionals: true,
  });
  if (!positionals[0]) throw new UsageError('digest needs a briefing, e.g. briefing digest aleppo --dry-run');
  if (values.post && values['dry-run']) throw new UsageError('choose one of --dry-run and --post');
  dotenv.config({ quiet: true, processEnv: io.env as Record<string, string> });
  const env = readEnvOptions(io.env);
  const [briefing] = chooseBriefings(positionals[0], env.briefingsDir);
  if (!briefing) throw new UsageError(`no briefing "${positionals[0]}"`);
  const channel = values.channel ?? briefing.digest[0]?.channels[0] ?? briefing.channels[0];
  if (!channel) throw new UsageError(`${briefing.name} names no digest channel: add channels to its briefing.yaml or pass --channel`);
  const store = openSqliteStore(env.databasePath);
  const refresh = () => void refreshBriefing(store, briefing);
  try {
    if (!values.post) {
      refresh();
      const since = store.lastPostedDigest(briefing.name, channel)?.postedAt ?? null;
      io.out.write(renderDigestText(buildDigest(store, briefing, since, new Date())) + '\n');
      return 0;
    }
    const slack = readSlackEnv(io.env);
    if (!slack.ok || !slack.slack) {
      const why = slack.ok ? 'no SLACK_BOT_TOKEN is set' : slack.errors.map((error) => error.message).join('; ');
      throw new UsageError(`--post needs Slack: ${why}`);
    }
    const now = new Date();
    const outcome = await runDigestSlot(
      {
        store,
        post: createDigestPoster(createDigestClient(slack.slack.botToken, slack.slack.apiUrl)),
        refresh,
        clock: () => new Date(),
        instance: `${hostname()}:${process.pid}`,
        log: (line) => io.err.write(`${line}\n`),
      },
      { briefing, channel, slotKey: `manual ${now.toISOString()}`, slot: now },
    );
    io.out.write(`digest ${briefing.name} -> ${channel}: ${outcome}\n`);
    return outcome === 'failed' ? 1 : 0;
  } finally {
    store.close();
  }
}
