// What fires the digest slots. In production node-cron (with the schedule's time zone); tests pass a
// scheduler driven by a fake clock. Either way the slot is handed to the same code.
import cron from 'node-cron';
import type { CompiledSchedule } from './cron-schedule.ts';

export interface DigestScheduler {
  /** Calls onSlot at each slot of the schedule; returns a function that stops it. */
  schedule(compiled: CompiledSchedule, onSlot: (at: Date) => void): () => void;
}

export const nodeCronScheduler: DigestScheduler = {
  schedule(compiled, onSlot) {
    const { cron: expression, timezone } = compiled.schedule;
    const task = cron.schedule(expression, (context) => onSlot(context.date), { timezone, noOverlap: true });
    return () => void task.destroy();
  },
};
