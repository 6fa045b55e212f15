// One digest slot for one channel, exactly once: claim the slot in the store (only one process, and only
// once, gets the claim), bring the articles up to date, post the main message with retries, record its ts,
// then post the detail as thread replies. A post that fails for good is recorded, never retried later.
import type { BriefingStore } from '../store/store.ts';
import { buildDigest, digestIsQuiet } from './build-digest.ts';
import { postWithRetry, type RetryOptions } from '../slack/post-with-retry.ts';
import { renderDigestMessages } from './render-digest.ts';

export interface PostMessage {
  channel: string;
  text: string;
  blocks: unknown[];
  thread_ts?: string;
}

export type DigestPoster = (message: PostMessage) => Promise<{ ts: string }>;

export interface DigestDeps {
  store: BriefingStore;
  post: DigestPoster;
  /** Ingests what changed in the briefing's folder. */
  refresh: (briefing: string) => void;
  clock: () => Date;
  /** Who claims slots ("host:pid"), for the record. */
  instance: string;
  retry?: RetryOptions;
  log: (message: string) => void;
}

export interface DigestTarget {
  briefing: { name: string; title: string; digestWhenQuiet: 'note' | 'skip' };
  channel: string;
  /** The slot's key (see CompiledSchedule.slotKey; "manual <time>" for a digest posted by hand) and time. */
  slotKey: string;
  slot: Date;
}

export type SlotOutcome = 'posted' | 'claimed-elsewhere' | 'quiet' | 'failed';

export async function runDigestSlot(deps: DigestDeps, target: DigestTarget): Promise<SlotOutcome> {
  const { store, clock, log } = deps;
  const { briefing, channel, slotKey: key, slot } = target;
  const claimed = store.claimDigest({ briefing: briefing.name, channel, slot: key, slotTime: slot.toISOString(), instance: deps.instance, at: clock().toISOString() });
  if (!claimed) return 'claimed-elsewhere';
  const finish = (status: 'posted' | 'failed' | 'skipped', extra: { ts?: string; error?: string } = {}) =>
    store.finishDigest(briefing.name, channel, key, { status, at: clock().toISOString(), ...extra });
  try {
    deps.refresh(briefing.name);
    const since = store.lastPostedDigest(briefing.name, channel)?.postedAt ?? null;
    const digest = buildDigest(store, briefing, since, clock());
    if (digestIsQuiet(digest) && briefing.digestWhenQuiet === 'skip') {
      finish('skipped');
      log(`digest ${briefing.name} ${channel} ${key}: nothing new, not posted`);
      return 'quiet';
    }
    const messages = renderDigestMessages(digest);
    const retry = { ...deps.retry, log };
    const { ts } = await postWithRetry(() => deps.post({ channel, ...messages.main }), retry);
    finish('posted', { ts });
    for (const reply of messages.replies) {
      try {
        await postWithRetry(() => deps.post({ channel, ...reply, thread_ts: ts }), retry);
      } catch (error) {
        log(`digest ${briefing.name} ${channel} ${key}: a thread reply failed (${(error as Error).message})`);
      }
    }
    return digestIsQuiet(digest) ? 'quiet' : 'posted';
  } catch (error) {
    finish('failed', { error: (error as Error).message });
    log(`digest ${briefing.name} ${channel} ${key}: failed (${(error as Error).message})`);
    return 'failed';
  }
}
