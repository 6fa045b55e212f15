import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourcesAnswer } from '../../src/answer/answer-types.ts';
import { loadBriefingView } from '../../src/answer/briefing-view.ts';
import { describeSources } from '../../src/answer/sources.ts';
import { isSpellingVariant } from '../../src/answer/word-choices.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';
import { readEvalJson } from '../helpers/seeds.ts';
import type { TempBriefing } from '../helpers/temp-store.ts';

interface Framing {
  substitutions: { from_article: string; to_article: string; from: string; to: string; min_count: number }[];
}

let temp: TempBriefing;
let answer: SourcesAnswer;
beforeAll(() => {
  temp = ingestedSeeds();
  answer = describeSources(loadBriefingView(temp.store, 'aleppo'));
});
afterAll(() => temp.cleanup());

describe('describeSources on the seeds', () => {
  it('lists every article with its outlet and length', () => {
    expect(answer.articles.map((a) => [a.file.slice(0, 3), a.outlet])).toEqual([
      ['000', null],
      ['001', null],
      ['002', null],
      ['003', null],
      ['004', 'Arab News'],
    ]);
    for (const article of answer.articles) expect(article.words).toBeGreaterThan(300);
  });

  it('shows every substitution of the answer key, with both articles named', () => {
    for (const sub of readEvalJson<Framing>('seeds_framing.json').substitutions) {
      const pair = answer.shared.find((p) => p.source.file === sub.from_article && p.copy.file === sub.to_article);
      expect(pair, `${sub.from_article} -> ${sub.to_article}`).toBeDefined();
      const choice = pair?.wordChoices.find((c) => c.from === sub.from && c.to === sub.to);
      expect(choice, `"${sub.from}" -> "${sub.to}"`).toBeDefined();
      expect(choice?.count).toBeGreaterThanOrEqual(sub.min_count);
      expect(choice?.spelling).toBe(false);
    }
  });

  it('takes the wording most copies share as the original: 002 copies 000, it does not rewrite 001', () => {
    expect(answer.shared.map((p) => `${p.source.file.slice(0, 3)}->${p.copy.file.slice(0, 3)}`)).toEqual(['000->001', '000->002']);
  });

  it('keeps spelling variants apart from word choices', () => {
    const spelling = answer.shared[0]?.wordChoices.filter((c) => c.spelling).map((c) => `${c.from}/${c.to}`);
    expect(spelling).toEqual(expect.arrayContaining(['air strikes/airstrikes', 'Islamic State/IS']));
  });
});

describe('isSpellingVariant', () => {
  it.each([
    ['air strikes', 'airstrikes', true],
    ['U.S', 'US', true],
    ['Islamic State', 'IS', true],
    ['rebels', 'militants', false],
    ['rebels', 'terrorists', false],
  ])('%s / %s', (from, to, expected) => {
    expect(isSpellingVariant(from, to)).toBe(expected);
  });
});
