import { describe, expect, it } from 'vitest';
import { compileSchedule } from '../../src/digest/cron-schedule.ts';

const slots = (cron: string, timezone: string, from: string, to: string) => {
  const compiled = compileSchedule({ cron, timezone, channels: ['C0TEST123'] });
  return compiled.slotsBetween(new Date(from), new Date(to)).map((at) => [at.toISOString(), compiled.slotKey(at)]);
};

describe('compileSchedule', () => {
  it('fires at 08:00 London time on both sides of the spring DST change', () => {
    expect(slots('0 8 * * *', 'Europe/London', '2026-03-27T12:00:00Z', '2026-03-31T12:00:00Z')).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28 08:00 Europe/London'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29 08:00 Europe/London'],
      ['2026-03-30T07:00:00.000Z', '2026-03-30 08:00 Europe/London'],
      ['2026-03-31T07:00:00.000Z', '2026-03-31 08:00 Europe/London'],
    ]);
  });

  it('gives the twice-lived 01:30 of the autumn change one slot key, and skips the 01:30 spring never had', () => {
    const autumn = slots('30 1 * * *', 'Europe/London', '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z');
    expect(new Set(autumn.map(([, key]) => key))).toEqual(new Set(['2026-10-25 01:30 Europe/London']));
    expect(slots('30 1 * * *', 'Europe/London', '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toEqual([]);
  });

  it('reads weekdays in the schedule time zone, not UTC', () => {
    // 00:30 on Monday in Damascus (UTC+3) is still Sunday in UTC
    expect(slots('30 0 * * 1', 'Asia/Damascus', '2026-11-22T00:00:00Z', '2026-11-24T00:00:00Z')).toEqual([
      ['2026-11-22T21:30:00.000Z', '2026-11-23 00:30 Asia/Damascus'],
    ]);
  });
});
