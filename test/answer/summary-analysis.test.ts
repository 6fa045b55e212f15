import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactTable, TermTable, TextAnalyses } from '../../src/answer/summary-analysis.ts';
import { factKind, summaryFacts } from '../../src/answer/summary-facts.ts';
import { contentTerms, isContentWord, stem } from '../../src/answer/term-vectors.ts';
import { foldTypography } from '../../src/core/normalize.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

const HELDOUT = join(import.meta.dirname, '../data/heldout');

const LEAD = 'Government forces have retaken the Old City district of Aleppo after a month-long offensive, state media said.';
const OTHER = 'About 250,000 people are trapped in the rebel-held east of the city, the United Nations says.';

describe('TextAnalyses', () => {
  it("keeps a text's analysis from one store version to the next, and forgets texts the next version lacks", () => {
    const analyses = new TextAnalyses();
    const { built: first } = analyses.build(() => ({ lead: analyses.of(LEAD), other: analyses.of(OTHER) }));
    analyses.build(() => expect(analyses.of(LEAD)).toBe(first.lead));
    // OTHER was not read by the second build: its article is gone, and so is its analysis
    analyses.build(() => {
      expect(analyses.of(OTHER)).not.toBe(first.other);
      expect(analyses.of(OTHER)).toEqual(first.other);
    });
  });

  it('starts a new fact table once most of its facts are of texts gone, and keeps the old one for the units built with it', () => {
    const analyses = new TextAnalyses();
    const many = Array.from({ length: 20 }, (_, i) => `Report ${i}: the convoy ${i} reached district ${i} of the besieged city at dawn.`);
    const { facts: table } = analyses.build(() => many.forEach((text) => analyses.of(text)));
    // one text of twenty is left: the table is mostly facts of removed articles
    const { facts: same } = analyses.build(() => analyses.of(many[0] as string));
    expect(same).toBe(table);
    const { facts: fresh } = analyses.build(() => analyses.of(many[0] as string));
    expect(fresh).not.toBe(table);
    expect(fresh.size).toBeLessThan(table.size / 2);
    expect([...analyses.of(many[0] as string).facts].map((id) => fresh.names[id])).toEqual(summaryFacts(many[0] as string));
  });

  it('numbers the facts of each text as summaryFacts states them, a fact keeping its id', () => {
    const analyses = new TextAnalyses();
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

describe('TermTable', () => {
  it("numbers a text's content-word stems, each once, in the order the text has them", () => {
    const table = new TermTable();
    const first = table.idsOf(OTHER);
    const second = table.idsOf('The people trapped in the east of the city wait for the convoy.');
    const names = [...new Set(contentTerms(OTHER))];
    expect(first).toHaveLength(names.length);
    names.forEach((term, i) => expect(table.find(term)).toBe(first[i]));
    // a term met again keeps its id
    expect(second).toContain(table.find('people'));
    expect(new Set(second).size).toBe(second.length);
    expect(table.find('ceasefire')).toBe(-1);
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

describe('FactTable.idsOf', () => {
  const table = new FactTable();
  const names = (text: string) => [...table.idsOf(text)].map((id) => table.names[id]);

  it('numbers the very facts summaryFacts names (and the plain reading below), in its order, for every sentence of the seeds and held-out articles', () => {
    const files = [
      ...readdirSync(SEEDS_DIR).map((file) => join(SEEDS_DIR, file)),
      ...readdirSync(HELDOUT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).flatMap((set) => readdirSync(join(HELDOUT, set)).filter((file) => file.endsWith('.txt')).map((file) => join(HELDOUT, set, file))),
    ];
    let sentences = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split(/(?<=[.!?”"])\s+|\n+/)) {
        expect(names(line), line).toEqual(summaryFacts(line));
        expect(summaryFacts(line), line).toEqual(referenceFacts(line));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(3000);
  });

  it('agrees with summaryFacts, and it with the plain reading below, on made-up text: figures, dates, capitals, quotation marks and words that spell a pair', () => {
    const token = fc.constantFrom('250,000', '2011', '19', 'Oct.', 'September', 'people', 'People', 'amnesty', 'offer', 'a+b', 'a', 'b',
      'million', 'Thursday', 'the', '“inevitable', 'death.”', '"fate"', 'Aleppo', 'rebels,', '1.5%', '—', '  ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const text = tokens.join(' ');
        expect(names(text)).toEqual(summaryFacts(text));
        expect(summaryFacts(text)).toEqual(referenceFacts(text));
      }),
      { numRuns: 2000 },
    );
  });
});

// summaryFacts as it was first written, token by token with regular expressions: the memo and the sinks
// must read every text the same way.
function referenceFacts(text: string): string[] {
  const facts = referenceWords(text);
  for (const [quoted] of text.matchAll(/“[^”]*”|"[^"]*"/g)) for (const fact of referenceWords(quoted)) if (factKind(fact) === 'word') facts.push(`"${fact}`);
  return facts;
}

function referenceWords(text: string): string[] {
  const WHEN = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));
  const SCALE = new Set('hundred thousand million billion trillion'.split(' '));
  const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
  const facts: string[] = [];
  const words: { term: string; capital: boolean }[] = [];
  let figure: string | null = null;
  const tokens = (/[^\x20-\x7e]/.test(text) ? foldTypography(text) : text.replace(/ {2,}/g, ' ').trim()).split(' ');
  for (const [at, raw] of tokens.entries()) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const lower = token.toLowerCase();
    if (/^\d[\d,.]*%?$/.test(token)) {
      const date = /^(?:1[89]|20)\d\d$/.test(token) || MONTH.test(tokens[at - 1] ?? '') || MONTH.test(tokens[at + 1] ?? '');
      figure = date ? null : `#${token.replace(/[^\d.]/g, '').replace(/\.$/, '')}`;
      continue;
    }
    if (!isContentWord(lower) || WHEN.has(lower)) continue;
    const term = stem(lower);
    if (SCALE.has(lower)) continue;
    if (figure !== null) facts.push(`${figure} ${term}`);
    figure = null;
    words.push({ term, capital: at > 0 && /^\p{Lu}/u.test(token) });
  }
  for (const [i, word] of words.entries()) {
    facts.push(word.term);
    const before = words[i - 1];
    if (before && !(before.capital && word.capital)) facts.push(before.term < word.term ? `${before.term}+${word.term}` : `${word.term}+${before.term}`);
  }
  return facts;
}
