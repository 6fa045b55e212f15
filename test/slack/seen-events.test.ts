import { describe, expect, it } from 'vitest';
import { createMemorySeenEvents } from '../../src/slack/seen-events.ts';

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
