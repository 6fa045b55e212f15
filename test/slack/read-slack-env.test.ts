// readSlackEnv lives in src/config/read-env.ts; its tests sit with the Slack app they configure.
import { describe, expect, it } from 'vitest';
import { readSlackEnv } from '../../src/config/read-env.ts';

const BOT = 'xoxb-1-2-abc';

describe('readSlackEnv', () => {
  it('is local mode when no Slack variable is set', () => {
    expect(readSlackEnv({ DATA_DIR: './data' })).toEqual({ ok: true, slack: null });
  });

  it('is HTTP mode with a bot token and a signing secret, on port 3000 and slack.com by default', () => {
    expect(readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret' })).toEqual({
      ok: true,
      slack: { botToken: BOT, appToken: null, signingSecret: 's3cret', port: 3000, apiUrl: 'https://slack.com/api/' },
    });
  });

  it('is Socket Mode with an app token, and takes PORT and SLACK_API_URL (adding the final slash)', () => {
    const result = readSlackEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1-A-1-abc', PORT: '8080', SLACK_API_URL: 'https://slack-gov.com/api' });
    expect(result).toEqual({ ok: true, slack: { botToken: BOT, appToken: 'xapp-1-A-1-abc', signingSecret: null, port: 8080, apiUrl: 'https://slack-gov.com/api/' } });
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['a signing secret without a bot token', { SLACK_SIGNING_SECRET: 's' }, ['SLACK_BOT_TOKEN is not set']],
    ['a user token for a bot token', { SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' }, ['SLACK_BOT_TOKEN is not a bot token']],
    ['HTTP mode without a signing secret', { SLACK_BOT_TOKEN: BOT }, ['SLACK_SIGNING_SECRET is not set']],
    ['a bot token for an app token', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT }, ['SLACK_APP_TOKEN is not an app-level token']],
    ['a port that is not a number', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }, ['PORT "eighty" is not a port number']],
    ['an API URL that is not one', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'slack.com' }, ['SLACK_API_URL "slack.com" is not an http(s) URL']],
    ['several problems at once', { SLACK_BOT_TOKEN: 'nope', PORT: '-1' }, ['SLACK_BOT_TOKEN is not a bot token', 'SLACK_SIGNING_SECRET is not set', 'PORT "-1" is not a port number']],
  ])('reports %s, naming the variable and the fix', (_, env, problems) => {
    const result = readSlackEnv(env);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.code)).toEqual(problems.map(() => 'CONFIG_INVALID'));
    errors.forEach((error, i) => {
      expect(error.message).toContain(`.env: ${problems[i]}`);
      expect(error.message).toMatch(/Fix: .+/);
    });
  });
});
