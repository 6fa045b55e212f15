// `briefing start` (npm start): bring the store up to date with briefings/, say what it holds, then serve:
// the Slack app when Slack variables are set (.env is read here), else the local terminal bot.
import dotenv from 'dotenv';
import { hostname } from 'node:os';
import { answerQuery } from '../answer/answer-query.ts';
import { type BriefingConfig, loadBriefings } from '../config/load-briefings.ts';
import { createDigestClient, createDigestPoster } from '../digest/create-digest-poster.ts';
import { createTerminalPoster } from '../digest/create-terminal-poster.ts';
import { nodeCronScheduler } from '../digest/digest-scheduler.ts';
import type { DigestPoster } from '../digest/run-digest-slot.ts';
import { type DigestService, startDigests } from '../digest/start-digests.ts';
import { refreshBriefing } from '../ingest/refresh-briefing.ts';
import { readEnvOptions, readSlackEnv, type SlackEnv } from '../config/read-env.ts';
import { runLocalBot } from '../local/run-local-bot.ts';
import { createSlackApp } from '../slack/app.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { BriefingStore } from '../store/store.ts';
import type { CliIo } from './main.ts';
import { ingestBriefings } from './run-ingest.ts';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };

/** Configuration errors throw before the first await, so main() reports them as usage errors. */
export function runStart(_args: string[], io: CliIo, input: Input = process.stdin): number | Promise<number> {
  dotenv.config({ quiet: true, processEnv: io.env as Record<string, string> });
  const slackEnv = readSlackEnv(io.env);
  if (!slackEnv.ok) {
    for (const error of slackEnv.errors) io.err.write(`briefing: ${error.message}\n`);
    return 2;
  }
  const env = readEnvOptions(io.env);
  const briefings = loadBriefings(env.briefingsDir);
  const store = openSqliteStore(env.databasePath);
  ingestBriefings(store, briefings, io);
  for (const { briefing, articles, sentences, alignments } of store.overview()) {
    io.out.write(`${briefing}: ${articles} articles, ${sentences} sentences, ${alignments} aligned sentence pairs in the store\n`);
  }
  // the first answer of each kind builds its indexes (speakers, figure groups, the summary): build them now
  // rather than inside the first user's 3 seconds
  for (const briefing of briefings) for (const text of ['summary', 'quotes', 'figures']) answerQuery({ store, briefing: briefing.name, command: briefing.command }, text);
  const deps = { store, briefings };
  if (!slackEnv.slack) {
    io.err.write('No SLACK_ variables are set: local mode. Type a command, e.g. /aleppo summary (see docs/slack.md to connect Slack).\n');
    // scheduled digests print here; their channels are kept apart from Slack's in the store
    const digests = startDigestService(deps, createTerminalPoster(io.out), io, 'local:');
    return runLocalBot({ ...deps, input, output: io.out }).then(
      () => (digests.stop(), store.close(), 0),
      (error: unknown) => (digests.stop(), store.close(), Promise.reject(error)),
    );
  }
  return serveSlack(slackEnv.slack, deps, io);
}

/** The digest schedules of every briefing, posting through `post`; each refreshes its briefing first. */
function startDigestService(deps: { store: BriefingStore; briefings: BriefingConfig[] }, post: DigestPoster, io: CliIo, channelPrefix = ''): DigestService {
  const briefings = deps.briefings.map((briefing) => ({
    ...briefing,
    digest: briefing.digest.map((schedule) => ({ ...schedule, channels: schedule.channels.map((channel) => channelPrefix + channel) })),
  }));
  return startDigests({
    store: deps.store,
    briefings,
    scheduler: nodeCronScheduler,
    post,
    refresh: (name) => {
      const briefing = deps.briefings.find((candidate) => candidate.name === name);
      if (briefing) refreshBriefing(deps.store, briefing);
    },
    clock: () => new Date(),
    instance: `${hostname()}:${process.pid}`,
    log: (line) => io.err.write(`${line}\n`),
  });
}

async function serveSlack(slack: SlackEnv, deps: { store: BriefingStore; briefings: BriefingConfig[] }, io: CliIo): Promise<number> {
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
  const digests = startDigestService(deps, createDigestPoster(createDigestClient(slack.botToken, slack.apiUrl)), io);
  const stop = () => {
    digests.stop();
    void app.stop().finally(() => deps.store.close());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
