// Schedules every briefing's digests. At start, the latest slot of each schedule that was missed while
// the bot was down is posted once if it is within the grace window, else recorded as skipped with a log
// line. node-cron fires the slots after that; the store's claims make each (briefing, channel, slot) post
// once, across restarts and across bot processes sharing one store.
import type { BriefingConfig } from '../config/load-briefings.ts';
import { compileSchedule } from './cron-schedule.ts';
import type { DigestScheduler } from './digest-scheduler.ts';
import { type DigestDeps, runDigestSlot, type SlotOutcome } from './run-digest-slot.ts';

/** How far back a missed slot is looked for at start. */
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

export interface DigestService {
  /** Resolves when the missed slots found at start have been handled. */
  caughtUp: Promise<void>;
  /** Resolves when every slot fired so far has finished. */
  idle(): Promise<void>;
  stop(): void;
  outcomes: { briefing: string; channel: string; slot: string; outcome: SlotOutcome | 'missed' }[];
}

export function startDigests(deps: DigestDeps & { briefings: BriefingConfig[]; scheduler: DigestScheduler }): DigestService {
  const stops: (() => void)[] = [];
  const outcomes: DigestService['outcomes'] = [];
  // one slot at a time: each refreshes the store first, and two digests need not race for it
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work, work);
    return queue;
  };
  const catchUps: Promise<void>[] = [];
  for (const briefing of deps.briefings) {
    for (const schedule of briefing.digest) {
      const compiled = compileSchedule(schedule);
      const fire = (slot: Date) =>
        enqueue(async () => {
          for (const channel of schedule.channels) {
            const outcome = await runDigestSlot(deps, { briefing, channel, slotKey: compiled.slotKey(slot), slot });
            outcomes.push({ briefing: briefing.name, channel, slot: compiled.slotKey(slot), outcome });
          }
        });
      const now = deps.clock();
      const missed = compiled.slotsBetween(new Date(now.getTime() - LOOKBACK_MS), now).at(-1);
      if (missed) {
        const pending = schedule.channels.filter((channel) => !deps.store.digest(briefing.name, channel, compiled.slotKey(missed)));
        if (now.getTime() - missed.getTime() <= briefing.digestGraceMinutes * 60_000) catchUps.push(pending.length ? fire(missed) : Promise.resolve());
        else for (const channel of pending) recordMissed(deps, briefing.name, channel, compiled.slotKey(missed), missed, outcomes);
      }
      stops.push(deps.scheduler.schedule(compiled, (slot) => void fire(slot)));
    }
  }
  return {
    caughtUp: Promise.all(catchUps).then(() => undefined),
    idle: () => queue,
    stop: () => stops.forEach((stop) => stop()),
    outcomes,
  };
}

function recordMissed(deps: DigestDeps, briefing: string, channel: string, slot: string, at: Date, outcomes: DigestService['outcomes']): void {
  const claimed = deps.store.claimDigest({ briefing, channel, slot, slotTime: at.toISOString(), instance: deps.instance, at: deps.clock().toISOString() });
  if (!claimed) return;
  deps.store.finishDigest(briefing, channel, slot, { status: 'skipped', at: deps.clock().toISOString(), error: 'missed while the bot was down, past the grace window' });
  deps.log(`digest ${briefing} ${channel} ${slot}: missed while the bot was down and past the grace window; skipped`);
  outcomes.push({ briefing, channel, slot, outcome: 'missed' });
}
