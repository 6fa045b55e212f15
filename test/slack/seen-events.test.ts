import { describe, expect, it } from 'vitest';
import { createMemorySeenEvents, createStoreSeenEvents } from '../../src/slack/seen-events.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { tempBriefing } from '../helpers/temp-store.ts';

describe('createMemorySeenEvents', () => {
  it('says yes to the first sighting of an event id only', async () => {
    const seen = createMemorySeenEvents();
    expect(await seen.firstSighting('Ev1')).toBe(true);
    expect(await seen.firstSighting('Ev1')).toBe(false);
    expect(await seen.firstSighting('Ev2')).toBe(true);
  });

  it('stays bounded, forgetting the oldest ids first', async () => {
    const seen = createMemorySeenEvents(2);
    for (const id of ['Ev1', 'Ev2', 'Ev3']) await seen.firstSighting(id);
    expect(await seen.firstSighting('Ev3')).toBe(false);
    expect(await seen.firstSighting('Ev2')).toBe(false);
    expect(await seen.firstSighting('Ev1')).toBe(true);
  });
});

describe('createStoreSeenEvents', () => {
  it('drops a redelivery that reaches another bot process on the same store, and forgets after a day', async () => {
    const temp = tempBriefing();
    const other = openSqliteStore(temp.dbPath);
    try {
      let now = new Date('2026-11-23T10:00:00Z');
      const clock = () => now;
      const first = createStoreSeenEvents(temp.store, clock);
      const second = createStoreSeenEvents(other, clock);
      expect(await first.firstSighting('Ev1')).toBe(true);
      expect(await second.firstSighting('Ev1')).toBe(false);
      now = new Date('2026-11-24T10:00:01Z');
      expect(await second.firstSighting('Ev1')).toBe(true);
    } finally {
      other.close();
      temp.cleanup();
    }
  });
});
