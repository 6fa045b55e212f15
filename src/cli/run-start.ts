// `briefing start` (npm start): bring the store up to date with briefings/, say what it holds, then serve:
// the Slack app when Slack variables are set (.env is read here), else the local terminal bot.
import dotenv from 'dotenv';
import { loadBriefings } from '../config/load-briefings.ts';
import { readEnvOptions, readSlackEnv, type SlackEnv } from '../config/read-env.ts';
import { runLocalBot } from '../local/run-local-bot.ts';
import { createSlackApp } from '../slack/app.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { BriefingStore } from '../store/store.ts';
import type { CliIo } from './main.ts';
import { runIngest } from './run-ingest.ts';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };

/** Configuration errors throw before the first await, so main() reports them as usage errors. */
export function runStart(_args: string[], io: CliIo, input: Input = process.stdin): number | Promise<number> {
  dotenv.config({ quiet: true, processEnv: io.env as Record<string, string> });
  const slackEnv = readSlackEnv(io.env);
  if (!slackEnv.ok) {
    for (const error of slackEnv.errors) io.err.write(`briefing: ${error.message}\n`);
    return 2;
  }
  const code = runIngest([], io);
  if (code !== 0) return code;
  const env = readEnvOptions(io.env);
  const briefings = loadBriefings(env.briefingsDir);
  const store = openSqliteStore(env.databasePath);
  for (const { briefing, articles, sentences, alignments } of store.overview()) {
    io.out.write(`${briefing}: ${articles} articles, ${sentences} sentences, ${alignments} aligned sentence pairs in the store\n`);
  }
  const deps = { store, briefings };
  if (!slackEnv.slack) {
    io.err.write('No SLACK_ variables are set: local mode. Type a command, e.g. /aleppo summary (see docs/slack.md to connect Slack).\n');
    return runLocalBot({ ...deps, input, output: io.out }).then(
      () => (store.close(), 0),
      (error: unknown) => (store.close(), Promise.reject(error)),
    );
  }
  return serveSlack(slackEnv.slack, deps, io);
}

async function serveSlack(slack: SlackEnv, deps: { store: BriefingStore; briefings: ReturnType<typeof loadBriefings> }, io: CliIo): Promise<number> {
  const app = createSlackApp({ ...deps, slack });
  try {
    await app.start(slack.port);
  } catch (error) {
    deps.store.close();
    io.err.write(`briefing: the Slack app did not start: ${(error as Error).message}\n`);
    return 1;
  }
  const how = slack.appToken ? 'Socket Mode' : `HTTP on port ${slack.port} (/slack/events)`;
  io.out.write(`Slack app running (${how}); health check on /health. Commands: ${deps.briefings.map((b) => b.command).join(', ')}\n`);
  const stop = () => void app.stop().finally(() => deps.store.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
