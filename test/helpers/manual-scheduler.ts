// A digest scheduler driven by a fake clock: advancing the clock fires every slot passed, in order,
// with node-cron's own matcher (through CompiledSchedule), without waiting on wall time.
import type { CompiledSchedule } from '../../src/digest/cron-schedule.ts';
import type { DigestScheduler } from '../../src/digest/digest-scheduler.ts';

export class ManualScheduler implements DigestScheduler {
  private readonly entries = new Set<{ compiled: CompiledSchedule; onSlot: (at: Date) => void }>();

  constructor(private now: Date) {}

  schedule(compiled: CompiledSchedule, onSlot: (at: Date) => void): () => void {
    const entry = { compiled, onSlot };
    this.entries.add(entry);
    return () => this.entries.delete(entry);
  }

  /** Moves the clock to `to`, firing each slot in between; returns the slots fired. */
  advanceTo(to: Date): Date[] {
    const fired: { at: Date; fire: () => void }[] = [];
    for (const { compiled, onSlot } of this.entries) {
      for (const at of compiled.slotsBetween(this.now, to)) fired.push({ at, fire: () => onSlot(at) });
    }
    this.now = to;
    fired.sort((a, b) => a.at.getTime() - b.at.getTime()).forEach(({ fire }) => fire());
    return fired.map(({ at }) => at);
  }
}
