import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean-article.ts';
import { extractQuotes, findSpeaker, mergeQuotes, resolveSpeakers, speakerOf } from '../../../src/extract/quotes/index.ts';

const dir = 'briefings/aleppo/articles/';
const articles = readdirSync(dir)
  .sort()
  .map((file) => ({ file, quotes: extractQuotes(cleanArticle(readFileSync(dir + file, 'utf8'), file)) }));
const index = resolveSpeakers(articles);

describe('resolveSpeakers over the Aleppo briefing', () => {
  const cases: [string, number, string][] = [
    // "Assad" in one article, "President Bashar al-Assad" in another
    ['000_110a4447e39010e5.txt', 4, 'Bashar al-Assad'],
    // "de Mistura told a news conference"
    ['002_f498d64b4a4dc7dc.txt', 5, 'Staffan de Mistura'],
    // "US official" and "U.S. official" are one speaker
    ['001_d406a6a2ac8f8ee6.txt', 4, 'U.S. official (anonymous)'],
  ];
  it.each(cases)('%s quote %i -> %s', (file, quote, name) => {
    expect(speakerOf(index, file, quote)?.name).toBe(name);
  });

  it('keeps the other names as aliases', () => {
    const envoy = index.speakers.find((s) => s.name === 'Staffan de Mistura');
    expect(envoy?.aliases).toEqual(expect.arrayContaining(['de Mistura', 'De Mistura', 'UN envoy']));
  });
});

describe('findSpeaker', () => {
  const cases: [string, string | null, string][] = [
    ['de Mistura', 'Staffan de Mistura', 'alias'],
    ['DE MISTURA', 'Staffan de Mistura', 'alias'],
    ['the U.N. Special Envoy', 'Staffan de Mistura', 'alias'],
    ['Staffan de Mistura', 'Staffan de Mistura', 'name'],
    ['de mistra', 'Staffan de Mistura', 'fuzzy'],
    ['malahifi', 'Zakaria Malahifji', 'fuzzy'],
    ['us official', 'U.S. official (anonymous)', 'name'],
    ['Vladimir Putin', null, ''],
  ];
  it.each(cases)('%s -> %s', (query, name, via) => {
    const found = findSpeaker(index, query);
    if (name === null) {
      expect(found.found).toBeNull();
      if (!found.found) expect(found.known).toContain('Staffan de Mistura');
    } else {
      expect(found.found?.name).toBe(name);
      if (found.found) expect(found.via).toBe(via);
    }
  });
});

describe('mergeQuotes', () => {
  const merged = mergeQuotes(articles, index);

  it('lists every article carrying a quote, with the wording differences', () => {
    const trick = merged.find((m) => m.text.includes('would be a trick by the regime'));
    expect(trick?.files).toHaveLength(3);
    expect(trick?.variants.map((v) => [v.removed, v.added])).toEqual([[['rebel'], ['militant']]]);
  });

  it('keeps different quotes of one speaker apart', () => {
    const envoy = merged.filter((m) => m.speaker === 'Staffan de Mistura');
    expect(envoy.map((m) => m.text.slice(0, 20))).toEqual([
      'The bottom line is i',
      'surrender and leave',
      'easy alibi',
      'Can you please look ',
      'If you decide to lea',
    ]);
  });
});
