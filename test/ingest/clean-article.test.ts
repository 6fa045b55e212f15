import { describe, expect, it } from 'vitest';
import { cleanSeed, seedFiles } from '../helpers/seeds.ts';

describe('cleanArticle on the seed articles', () => {
  it('000: joins lines broken mid-sentence', () => {
    const article = cleanSeed('000');
    const sentence = article.sentences.find((s) => s.text.startsWith('The government also sent text messages'));
    expect(sentence?.text).toBe(
      'The government also sent text messages to the mobile phones of some of those people trapped in the besieged sector, telling them to repudiate fighters in their midst.',
    );
    // "the U.N." ends a line, not the sentence
    expect(article.sentences.map((s) => s.text)).toContain(
      "Storming Aleppo's rebel-held zone, which includes big parts of the densely populated Old City, could take months and cause a bloodbath, the U.N. Syria envoy warned on Thursday.",
    );
    expect(article.title).toBeNull();
  });

  it('000: offsets point into the original file', () => {
    const article = cleanSeed('000');
    for (const sentence of article.sentences) {
      expect(article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')).toBe(sentence.text);
    }
  });

  it('001: prints the title once and drops the glued repeats and the comment form', () => {
    const article = cleanSeed('001');
    expect(article.title).toBe('Assad’s Amnesty for Aleppo Militants');
    expect(article.paragraphs.filter((p) => p.text.includes('Amnesty for Aleppo Militants'))).toHaveLength(1);
    expect(article.dropped.map((d) => d.reason)).toEqual(['repeated-title', 'comment-form', 'comment-form']);
  });

  it('002: the straight-quoted copy of the headline is a repeat of the curly-quoted one', () => {
    const article = cleanSeed('002');
    expect(article.title).toBe('Aleppo: De Mistura calls rebel fighters to “surrender and leave”');
    expect(article.dropped.find((d) => d.reason === 'repeated-title')?.text).toBe('Aleppo: De Mistura calls rebel fighters to "surrender and leave"');
    expect(article.dropped.find((d) => d.reason === 'read-more')?.text).toMatch(/^Read More:/);
  });

  it('003: keeps its five repeated paragraphs once and records them as repeats', () => {
    const article = cleanSeed('003');
    const repeats = article.paragraphs.filter((p) => p.repeatOf !== null);
    expect(repeats.length).toBeGreaterThanOrEqual(5);
    for (const repeat of repeats) expect(article.paragraphs[repeat.repeatOf as number]?.text).toBe(repeat.text);
    const texts = article.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('004: drops the related links, copyright lines and comment form; "Source: Arab News" is its outlet', () => {
    const article = cleanSeed('004');
    expect(article.outlet).toBe('Arab News');
    const last = article.paragraphs[article.paragraphs.length - 1];
    expect(last?.text).toMatch(/^The regime and its allies have opened numerous fronts/);
    const body = article.sentences.map((s) => s.text).join('\n');
    for (const furniture of ['GMT', 'All rights reserved', 'Maintained and developed', 'Send your comments', 'Your comment as a visitor', 'Source:']) {
      expect(body).not.toContain(furniture);
    }
    expect(article.agencies).toEqual(['Reuters', 'The Associated Press']);
    expect(article.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
      'Anti-Russia protest',
      'Fighters not to leave Aleppo',
      'Raids kill dozens',
      'People visit homes',
    ]);
  });

  it('no body sentence anywhere is a fragment like "The" or "The Uni"', () => {
    for (const file of seedFiles()) {
      const article = cleanSeed(file.slice(0, 3));
      for (const sentence of article.sentences.filter((s) => s.kind === 'body')) {
        expect(sentence.text, `${file}: "${sentence.text}"`).toMatch(/^["'“‘(]?[\p{Lu}\d]/u);
        expect(sentence.text, `${file}: "${sentence.text}"`).toMatch(/[.!?…]["'”’)\]]*$/);
        expect(sentence.text.split(' ').length, `${file}: "${sentence.text}"`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
