// The seed articles end to end: the answer key's score (issue 4: value+unit F1 >= 95%, claimant >= 90%),
// offsets that point at the number phrase, and the figure groups of seeds_figure_groups.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean-article.ts';
import { extractFigures, filterGroups, groupFigures, indexGroups } from '../../../src/extract/figures/index.ts';

const DIR = 'briefings/aleppo/articles';
const articles = readdirSync(DIR).sort().map((file) => cleanArticle(readFileSync(join(DIR, file), 'utf8'), file));
const extracted = articles.map((article) => ({ file: article.file, figures: extractFigures(article), outlet: article.outlet }));

interface GoldMember { article: string; value: number; claimant: string; unit: string }
interface GoldGroup { topic: string; members: GoldMember[]; disagree: boolean }
const goldGroups = (JSON.parse(readFileSync('test/data/eval/seeds_figure_groups.json', 'utf8')) as { groups: GoldGroup[] }).groups;

const lastWord = (s: string): string => s.toLowerCase().split(/\s+/).pop() ?? '';

describe('figures of the seed articles', () => {
  it('scores value+unit F1 >= 95% and claimant >= 90% on the answer key', () => {
    const pred = { articles: extracted.map((a) => ({ file: `${DIR}/${a.file}`, figures: a.figures })) };
    const path = join(mkdtempSync(join(tmpdir(), 'figures-')), 'pred.json');
    writeFileSync(path, JSON.stringify(pred));
    const out = execFileSync(process.execPath, ['test/data/eval/score.mjs', 'figures', 'test/data/eval/seeds_gold.json', path], { encoding: 'utf8' });
    const m = /unitF1=([\d.]+) claimant=([\d.]+)/.exec(out);
    expect(Number(m?.[1])).toBeGreaterThanOrEqual(95);
    expect(Number(m?.[2])).toBeGreaterThanOrEqual(90);
  });

  it('points each figure at its number phrase in the file', () => {
    for (const article of articles) {
      for (const f of extractFigures(article)) expect(article.text.slice(f.start, f.end).replace(/\s+/g, ' ')).toBe(f.text);
    }
  });

  it.each(goldGroups.map((g) => [g.topic, g] as const))('groups "%s" as one group with the right disagreement', (_topic, gold) => {
    const groups = groupFigures(extracted);
    const found = gold.members.map((m) =>
      groups.findIndex((g) => g.members.some((x) => x.file === m.article && x.figure.value === m.value && lastWord(x.figure.claimant) === lastWord(m.claimant))),
    );
    expect(found.every((i) => i >= 0 && i === found[0])).toBe(true);
    const group = groups[found[0] as number];
    expect(group?.members).toHaveLength(gold.members.length);
    expect(group?.disagree).toBe(gold.disagree);
  });

  it('lists disagreeing groups first and narrows to a topic', () => {
    const groups = groupFigures(extracted);
    const firstAgreeing = groups.findIndex((g) => !g.disagree);
    expect(groups.slice(firstAgreeing).some((g) => g.disagree)).toBe(false);
    const trapped = filterGroups(indexGroups(groups), 'trapped');
    expect(trapped).toHaveLength(1);
    expect(trapped[0]?.members.map((m) => m.figure.value)).toEqual([250000, 250000, 275000, 100000, 200000]);
  });
});
