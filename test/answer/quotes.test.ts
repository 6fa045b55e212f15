import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer-query.ts';
import type { QuotesAnswer } from '../../src/answer/answer-types.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';
import type { TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeAll(() => {
  temp = ingestedSeeds();
});
afterAll(() => temp.cleanup());

const ask = (text: string) => answerQuery({ store: temp.store, briefing: 'aleppo', command: '/aleppo' }, text) as QuotesAnswer;

describe('the quotes answer on the seeds', () => {
  it.each(['quotes de Mistura', 'quotes DE MISTURA', 'quotes Staffan de Mistura', 'what did the UN envoy say', 'quotes de mistra'])(
    '%s finds Staffan de Mistura',
    (text) => {
      const answer = ask(text);
      expect(answer.kind).toBe('quotes');
      expect(answer.speaker?.name).toBe('Staffan de Mistura');
      expect(answer.quotes.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('lists a quote carried by two outlets once, citing both', () => {
    const bottomLine = ask('quotes de Mistura').quotes.filter((q) => q.text.startsWith('The bottom line'));
    expect(bottomLine).toHaveLength(1);
    expect(bottomLine[0]?.sources.map((c) => c.file.slice(0, 3))).toEqual(['000', '002']);
  });

  it('keeps a rewritten quote as one, with its other wording', () => {
    const [impossible] = ask('quotes Malahifji').quotes.filter((q) => /^It.s impossible/.test(q.text));
    expect(impossible?.sources.length).toBe(3);
    expect(impossible?.variants.some((v) => v.text.includes('militant groups'))).toBe(true);
  });

  it('narrows to quotes about some words', () => {
    const answer = ask('quotes de Mistura about alibi');
    expect(answer.quotes.map((q) => q.text)).toEqual(['easy alibi']);
  });

  it('says who it knows when no speaker matches', () => {
    const answer = ask('quotes Putin');
    expect(answer.speaker).toBeNull();
    expect(answer.quotes).toEqual([]);
    expect(answer.known).toEqual(expect.arrayContaining(['Staffan de Mistura', 'Zakaria Malahifji', 'Josh Earnest']));
  });
});
