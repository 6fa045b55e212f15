import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer-query.ts';
import type { FiguresAnswer } from '../../src/answer/answer-types.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';
import type { TempBriefing } from '../helpers/temp-store.ts';

let temp: TempBriefing;
beforeAll(() => {
  temp = ingestedSeeds();
});
afterAll(() => temp.cleanup());

const ask = (text: string) => answerQuery({ store: temp.store, briefing: 'aleppo', command: '/aleppo' }, text) as FiguresAnswer;

describe('the figures answer on the seeds', () => {
  it('answers "how many people are trapped?" with every source side by side', () => {
    const answer = ask('how many people are trapped?');
    expect(answer.kind).toBe('figures');
    expect(answer.groups).toHaveLength(1);
    const [group] = answer.groups;
    expect(group?.disagree).toBe(true);
    expect(group?.rows.map((r) => [r.value, r.approx, r.claimant, r.sources.map((s) => s.file.slice(0, 3)).join(',')])).toEqual([
      [250000, 'more than', 'reporter', '000,001'],
      [275000, 'exact', 'Staffan de Mistura', '002'],
      [100000, 'more than', 'Staffan de Mistura', '004'],
      [200000, 'as many as', 'Syrian Observatory for Human Rights', '004'],
    ]);
  });

  it('lists the groups whose numbers disagree first', () => {
    const { groups } = ask('figures');
    const firstAgreeing = groups.findIndex((g) => !g.disagree);
    expect(firstAgreeing).toBeGreaterThan(0);
    expect(groups.slice(firstAgreeing).every((g) => !g.disagree)).toBe(true);
  });

  it('finds no figures about a topic the briefing does not have', () => {
    expect(ask('figures zeppelins').groups).toEqual([]);
  });
});
