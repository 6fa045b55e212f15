// nock stand-ins for Slack's chat.postMessage: every call is recorded with its decoded body.
import nock from 'nock';

export interface PostedMessage {
  channel: string;
  text: string;
  blocks: { type: string; text?: { text: string } }[];
  thread_ts?: string;
}

export function decodeSlackBody(body: unknown): Record<string, unknown> {
  const fields = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Record<string, unknown>);
  const blocks = fields.blocks;
  return { ...fields, blocks: typeof blocks === 'string' ? JSON.parse(blocks) : blocks };
}

/** Answers chat.postMessage with each reply in turn (status, body), then with ok for every later call. */
export function fakePostMessage(base = 'https://slack.com', replies: [number, object, Record<string, string>?][] = []) {
  const posted: PostedMessage[] = [];
  let call = 0;
  const scope = nock(base)
    .persist()
    .post('/api/chat.postMessage')
    .reply((_uri, body) => {
      const reply = replies[call++];
      if (reply) return reply;
      const message = decodeSlackBody(body) as unknown as PostedMessage;
      posted.push(message);
      return [200, { ok: true, channel: message.channel, ts: `1700000000.${String(posted.length).padStart(6, '0')}` }];
    });
  return { posted, calls: () => call, done: () => scope.persist(false) };
}
