// A digest schedule compiled once: node-cron's own matcher (so the slots are exactly the ones node-cron
// fires in that time zone, DST included), plus the slot key that makes each slot post once.
import cron from 'node-cron';
import type { DigestSchedule } from '../config/load-briefings.ts';

export interface CompiledSchedule {
  schedule: DigestSchedule;
  matches(at: Date): boolean;
  /** Slots in (from, to], oldest first. */
  slotsBetween(from: Date, to: Date): Date[];
  /**
   * The slot as local wall-clock time in the schedule's zone: "2026-10-25 01:30 Europe/London". When
   * clocks go back, 01:30 happens twice; both instants have this one key, so the digest posts once.
   */
  slotKey(at: Date): string;
}

export function compileSchedule(schedule: DigestSchedule): CompiledSchedule {
  const matcher = cron.createTask(schedule.cron, () => undefined, { timezone: schedule.timezone });
  const withSeconds = schedule.cron.trim().split(/\s+/).length === 6;
  const step = withSeconds ? 1000 : 60_000;
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: schedule.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  });
  return {
    schedule,
    matches: (at) => matcher.match(floorTo(at, step)),
    slotsBetween(from, to) {
      const slots: Date[] = [];
      for (let t = floorTo(from, step).getTime() + step; t <= to.getTime(); t += step) {
        if (matcher.match(new Date(t))) slots.push(new Date(t));
      }
      return slots;
    },
    slotKey: (at) => `${local.format(floorTo(at, step))} ${schedule.timezone}`,
  };
}

function floorTo(at: Date, step: number): Date {
  return new Date(Math.floor(at.getTime() / step) * step);
}
