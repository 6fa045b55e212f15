// Global middleware: an event whose event_id was seen before goes no further (Bolt has already acked it).
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SeenEvents } from '../seen-events.ts';

export function dropDuplicateEvents(seen: SeenEvents): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await seen.firstSighting(eventId))) return;
    await next();
  };
}
