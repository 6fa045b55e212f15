import { describe, expect, it } from 'vitest';
import { FactTable, TextAnalyses } from '../../src/answer/summary-analysis.ts';
import { summaryFacts } from '../../src/answer/summary-facts.ts';

const LEAD = 'Government forces have retaken the Old City district of Aleppo after a month-long offensive, state media said.';
const OTHER = 'About 250,000 people are trapped in the rebel-held east of the city, the United Nations says.';

describe('TextAnalyses', () => {
  it("keeps a text's analysis from one store version to the next, and forgets texts the next version lacks", () => {
    const analyses = new TextAnalyses();
    analyses.begin();
    const lead = analyses.of(LEAD);
    const other = analyses.of(OTHER);
    analyses.end();

    analyses.begin();
    expect(analyses.of(LEAD)).toBe(lead);
    analyses.end();

    // OTHER was not asked for in the second version: its article is gone, and so is its analysis
    analyses.begin();
    expect(analyses.of(OTHER)).not.toBe(other);
    expect(analyses.of(OTHER)).toEqual(other);
    analyses.end();
  });

  it('numbers the facts of each text as summaryFacts states them, a fact keeping its id', () => {
    const analyses = new TextAnalyses();
    analyses.begin();
    const ids = analyses.of(OTHER).facts;
    const names = summaryFacts(OTHER);
    expect(ids).toHaveLength(names.length);
    // the same fact has the same id wherever it is met: "#250000 peopl" in another sentence too
    const again = analyses.of('Some 250,000 people remain in eastern Aleppo.').facts;
    const figure = names.findIndex((fact) => fact.startsWith('#'));
    expect(figure).toBeGreaterThanOrEqual(0);
    expect(again).toContain(ids[figure]);
  });

  it('offers only wordings of 8 to 50 words, each fact once', () => {
    const analyses = new TextAnalyses();
    analyses.begin();
    const wordings = analyses.wordingsOf(LEAD);
    expect(wordings.length).toBeGreaterThan(0);
    for (const w of wordings) {
      expect(w.words).toBeGreaterThanOrEqual(8);
      expect(w.words).toBeLessThanOrEqual(50);
      expect(new Set(w.facts).size).toBe(w.facts.length);
    }
    expect(analyses.wordingsOf(LEAD)).toBe(wordings);
    expect(analyses.wordingsOf('Too short to show alone.')).toEqual([]);
  });
});

describe('FactTable', () => {
  it('gives a figure the id of the thing it counts, shared by figures of the same thing', () => {
    const table = new FactTable();
    const a = table.idOf('#250000 peopl');
    const b = table.idOf('#46 peopl');
    const c = table.idOf('amnesty+offer');
    expect(table.idOf('#250000 peopl')).toBe(a);
    expect(table.kinds[a]).toBe('figure');
    expect(table.kinds[c]).toBe('pair');
    expect(table.thingOf[a]).toBe(table.thingOf[b]);
    expect(table.thingOf[c]).toBe(-1);
    expect(table.thingCount).toBe(1);
  });
});
