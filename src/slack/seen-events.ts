import type { BriefingStore } from '../store/store.ts';

// Slack redelivers an event it thinks was not acknowledged in time (X-Slack-Retry-Num), with the same
// event_id. The bot answers the first delivery only. The set is in memory and bounded; a store-backed
// implementation of the same interface can share it between several bot instances.

export interface SeenEvents {
  /** True the first time an id is offered, false for every repeat. */
  firstSighting(eventId: string): Promise<boolean>;
}

/** Slack stops redelivering after about an hour; a day of ids is plenty. */
const REMEMBER_MS = 24 * 60 * 60 * 1000;

/** Shared by every bot process on the store, so a redelivery that reaches another process is dropped too. */
export function createStoreSeenEvents(store: Pick<BriefingStore, 'firstSighting'>, clock: () => Date = () => new Date()): SeenEvents {
  return {
    async firstSighting(eventId) {
      const now = clock();
      return store.firstSighting(eventId, now.toISOString(), new Date(now.getTime() - REMEMBER_MS).toISOString());
    },
  };
}

export function createMemorySeenEvents(limit = 5000): SeenEvents {
  // a Set keeps insertion order, so the oldest id is the first one to forget
  const seen = new Set<string>();
  return {
    async firstSighting(eventId) {
      if (seen.has(eventId)) return false;
      seen.add(eventId);
      if (seen.size > limit) seen.delete(seen.values().next().value as string);
      return true;
    },
  };
}
