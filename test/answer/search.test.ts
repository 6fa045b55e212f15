import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBriefingView } from '../../src/answer/briefing-view.ts';
import { MIN_HITS_WITH_EVERY_WORD, searchBriefing } from '../../src/answer/search.ts';
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

  const matched = (hit: { segments: { text: string; match: boolean }[] }) => new Set(hit.segments.filter((s) => s.match).map((s) => s.text.toLowerCase()));

  it('shows only sentences with every word when enough have them', () => {
    const answer = searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'eastern Aleppo');
    expect(answer.hits.length).toBeGreaterThanOrEqual(MIN_HITS_WITH_EVERY_WORD);
    for (const hit of answer.hits) expect(matched(hit)).toEqual(new Set(['eastern', 'aleppo']));
  });

  it('takes sentences with any of the words when too few have every one', () => {
    const answer = searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'trapped zeppelin');
    expect(answer.hits.length).toBeGreaterThanOrEqual(1);
    for (const hit of answer.hits) expect(matched(hit)).toEqual(new Set(['trapped']));
  });

  it('takes sentences with all words but one before those with any', () => {
    const answer = searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'eastern Aleppo zeppelin');
    expect(answer.hits.length).toBeGreaterThanOrEqual(MIN_HITS_WITH_EVERY_WORD);
    for (const hit of answer.hits) expect(matched(hit)).toEqual(new Set(['eastern', 'aleppo']));
  });

  it('finds nothing for words the briefing does not have', () => {
    expect(searchBriefing(loadBriefingView(temp.store, 'aleppo'), 'zeppelin').hits).toEqual([]);
  });
});
