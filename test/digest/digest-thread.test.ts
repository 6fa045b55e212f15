import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeEach(() => {
  temp = tempBriefing();
});
afterEach(() => temp.cleanup());

describe('digest records', () => {
  it('claims a slot once, records the ts, and knows which briefing a digest thread belongs to', () => {
    const claim = { briefing: 'aleppo', channel: 'C0DIGEST01', slot: '2026-03-27 08:00 Europe/London', slotTime: '2026-03-27T08:00:00.000Z', at: '2026-03-27T08:00:01.000Z' };
    expect(temp.store.claimDigest({ ...claim, instance: 'bot-1' })).toBe(true);
    expect(temp.store.claimDigest({ ...claim, instance: 'bot-2' })).toBe(false);
    temp.store.finishDigest('aleppo', 'C0DIGEST01', claim.slot, { status: 'posted', at: '2026-03-27T08:00:02.000Z', ts: '1700000000.000100' });
    expect(temp.store.digest('aleppo', 'C0DIGEST01', claim.slot)).toMatchObject({ status: 'posted', claimedBy: 'bot-1', ts: '1700000000.000100' });
    expect(temp.store.lastPostedDigest('aleppo', 'C0DIGEST01')?.postedAt).toBe('2026-03-27T08:00:02.000Z');
    expect(temp.store.digestThread('C0DIGEST01', '1700000000.000100')).toBe('aleppo');
    expect(temp.store.digestThread('C0DIGEST01', '1700000000.999999')).toBeNull();
  });
});
