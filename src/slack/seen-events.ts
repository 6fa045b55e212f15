// Slack redelivers an event it thinks was not acknowledged in time (X-Slack-Retry-Num), with the same
// event_id. The bot answers the first delivery only. The set is in memory and bounded; a store-backed
// implementation of the same interface can share it between several bot instances.

export interface SeenEvents {
  /** True the first time an id is offered, false for every repeat. */
  firstSighting(eventId: string): Promise<boolean>;
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
