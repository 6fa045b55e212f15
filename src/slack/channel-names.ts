// Channel id -> name, for briefings whose `channels` list "#names". One conversations.info call per
// channel (scope channels:read), remembered; a failure means "unknown", not an error.
import type { webApi } from '@slack/bolt';

export type ChannelNames = (client: webApi.WebClient, channelId: string) => Promise<string | null>;

export function createChannelNames(): ChannelNames {
  const names = new Map<string, string | null>();
  return async (client, channelId) => {
    if (names.has(channelId)) return names.get(channelId) ?? null;
    let name: string | null = null;
    try {
      name = (await client.conversations.info({ channel: channelId })).channel?.name ?? null;
    } catch {
      name = null;
    }
    names.set(channelId, name);
    return name;
  };
}
