// The process environment, read once and validated; everything else gets these options passed in.
import { resolve } from 'node:path';
import { ConfigError } from './config-error.ts';

export interface EnvOptions {
  dataDir: string;
  briefingsDir: string;
  /** The SQLite file of the embedded store. */
  databasePath: string;
}

export function readEnvOptions(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): EnvOptions {
  const dataDir = resolve(cwd, env.DATA_DIR || 'data');
  return {
    dataDir,
    briefingsDir: resolve(cwd, env.BRIEFINGS_DIR || 'briefings'),
    databasePath: resolve(dataDir, 'briefing.db'),
  };
}

/** How the bot talks to Slack: Socket Mode (an app-level token) or HTTP (a signing secret and a port). */
export interface SlackEnv {
  botToken: string;
  /** Socket Mode when set; else the HTTP receiver. */
  appToken: string | null;
  signingSecret: string | null;
  /** The HTTP receiver's port, and the health route's in Socket Mode. */
  port: number;
  /** The Web API base of every client the app makes (GovSlack, a local fake Slack). Ends in "/". */
  apiUrl: string;
}

/** null: no Slack variable is set, so the bot runs in local (terminal) mode. */
export type SlackEnvResult = { ok: true; slack: SlackEnv | null } | { ok: false; errors: ConfigError[] };

const ENV = '.env';
const APP_PAGE = 'https://api.slack.com/apps';

export function readSlackEnv(env: NodeJS.ProcessEnv = process.env): SlackEnvResult {
  const botToken = env.SLACK_BOT_TOKEN?.trim() || null;
  const appToken = env.SLACK_APP_TOKEN?.trim() || null;
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || null;
  if (!botToken && !appToken && !signingSecret) return { ok: true, slack: null };

  const errors: ConfigError[] = [];
  const problem = (field: string, what: string, fix: string) => errors.push(new ConfigError(ENV, field, what, fix));
  if (!botToken) {
    problem('SLACK_BOT_TOKEN', 'is not set', `copy the Bot User OAuth Token (xoxb-...) from ${APP_PAGE} > your app > OAuth & Permissions, or unset the other SLACK_ variables to run in local mode`);
  } else if (!botToken.startsWith('xoxb-')) {
    problem('SLACK_BOT_TOKEN', 'is not a bot token (it must start with xoxb-)', `copy the Bot User OAuth Token from ${APP_PAGE} > your app > OAuth & Permissions`);
  }
  if (appToken && !appToken.startsWith('xapp-')) {
    problem('SLACK_APP_TOKEN', 'is not an app-level token (it must start with xapp-)', `create one with the connections:write scope under ${APP_PAGE} > your app > Basic Information > App-Level Tokens, or unset it to use HTTP`);
  }
  if (!appToken && !signingSecret) {
    problem('SLACK_SIGNING_SECRET', 'is not set, and HTTP mode needs it to verify requests', `copy the Signing Secret from ${APP_PAGE} > your app > Basic Information > App Credentials, or set SLACK_APP_TOKEN to use Socket Mode`);
  }
  const port = readPort(env.PORT, problem);
  const apiUrl = readApiUrl(env.SLACK_API_URL, problem);
  if (errors.length > 0 || !botToken) return { ok: false, errors };
  return { ok: true, slack: { botToken, appToken, signingSecret, port, apiUrl } };
}

type Problem = (field: string, what: string, fix: string) => void;

function readPort(raw: string | undefined, problem: Problem): number {
  if (!raw?.trim()) return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problem('PORT', `"${raw}" is not a port number`, 'set it to a number from 1 to 65535, or leave it out for 3000');
  return port;
}

function readApiUrl(raw: string | undefined, problem: Problem): string {
  const value = raw?.trim() || 'https://slack.com/api/';
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    problem('SLACK_API_URL', `"${value}" is not an http(s) URL`, 'leave it out for https://slack.com/api/, or give the Web API base of your Slack (e.g. https://slack-gov.com/api/)');
    return 'https://slack.com/api/';
  }
  return value.endsWith('/') ? value : `${value}/`;
}
