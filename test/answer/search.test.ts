import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingView } from '../../src/answer/briefing-view.ts';
import { searchBriefing } from '../../src/answer/search.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';
import type { TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeAll(() => {
  temp = ingestedSeeds();
});
afterAll(() => temp.cleanup());

describe('searchBriefing', () => {
  it('ranks matching sentences, marks the words and cites every outlet carrying the sentence once', () => {
    const answer = searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'trapped 250,000');
    const [first] = answer.hits;
    expect(first?.segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('')).toBe(
      'More than [250],[000] people are believed to be [trapped] inside rebel-held eastern Aleppo, facing dire shortages of food and medicine.',
    );
    expect(first?.sources.map((c) => c.file.slice(0, 3))).toEqual(['000', '001']);
    const texts = answer.hits.map((h) => h.segments.map((s) => s.text).join(''));
    expect(texts.filter((t) => t.startsWith('More than 250,000 people'))).toHaveLength(1);
  });

  it('finds nothing for words the briefing does not have', () => {
    expect(searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'zeppelin').hits).toEqual([]);
  });
});
