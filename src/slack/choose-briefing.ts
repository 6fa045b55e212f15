// Which briefing a mention is about: one named first ("@bot aleppo how many ...", "@bot /aleppo ..."),
// else the briefing of the digest whose thread it is in, else the only briefing there is, else the one the channel belongs to (briefing.yaml `channels`, as
// "#names" or ids); otherwise the bot asks.
import type { BriefingConfig } from '../config/load-briefings.ts';

export interface MentionPlace {
  channelId: string | null;
  /** The channel's name without "#", when it was looked up. */
  channelName: string | null;
  /** The briefing of the digest whose thread the mention is in, if it is in one. */
  threadBriefing?: string | null;
}

export type BriefingChoice = { briefing: BriefingConfig; text: string } | { briefing: null; candidates: BriefingConfig[] };

export function chooseBriefing(briefings: BriefingConfig[], text: string, place: MentionPlace): BriefingChoice {
  const words = text.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[:,]$/, '');
  const named = briefings.find((briefing) => briefing.name === first || briefing.command === first);
  if (named) return { briefing: named, text: words.slice(1).join(' ') };
  const thread = briefings.find((briefing) => briefing.name === place.threadBriefing);
  if (thread) return { briefing: thread, text };
  if (briefings.length === 1 && briefings[0]) return { briefing: briefings[0], text };
  const here = briefings.filter((briefing) =>
    briefing.channels.some((channel) => channel === place.channelId || (place.channelName !== null && channel === `#${place.channelName}`)),
  );
  if (here.length === 1 && here[0]) return { briefing: here[0], text };
  return { briefing: null, candidates: here.length > 1 ? here : briefings };
}

/** Channel names are only worth an API call when several briefings exist and some list "#names". */
export function needsChannelName(briefings: BriefingConfig[]): boolean {
  return briefings.length > 1 && briefings.some((briefing) => briefing.channels.some((channel) => channel.startsWith('#')));
}

/** "<@U0BOT> aleppo how many?" -> "aleppo how many?": the bot's own mention is not part of the question. */
export function stripMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}
