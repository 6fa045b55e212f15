// Test helpers: a one-paragraph article from a sentence, so step tests read as "sentence in, figures out".
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../../src/core/article.ts';
import { extractFigures } from '../../../src/extract/figures/index.ts';
import type { Figure } from '../../../src/extract/figures/index.ts';

/** Each argument is a paragraph: one sentence, or a list of sentences. */
export function articleOf(...paragraphs: (string | string[])[]): CleanArticle {
  const lists = paragraphs.map((p) => (Array.isArray(p) ? p : [p]));
  const text = lists.map((l) => l.join(' ')).join('\n\n');
  let at = 0;
  const sentences: CleanArticle['sentences'] = [];
  const built = lists.map((list, index) => {
    const start = at;
    for (const s of list) {
      const from = text.indexOf(s, at);
      at = from + s.length;
      sentences.push({ index: sentences.length, paragraph: index, kind: 'body', start: from, end: at, text: s });
    }
    return { index, start, end: at, text: list.join(' '), kind: 'body' as const, repeatOf: null };
  });
  return { file: 'test.txt', text, title: null, outlet: null, agencies: [], paragraphs: built, sentences, dropped: [] };
}

export function figuresOf(...paragraphs: (string | string[])[]): Figure[] {
  return extractFigures(articleOf(...paragraphs));
}

/** [value, unit, approx] of each figure: the compact form the tables compare. */
export function brief(...paragraphs: string[]): [number, string, string][] {
  return figuresOf(...paragraphs).map((f) => [f.value, f.unit, f.approx]);
}

/** Tables of constructions: figures that must come out, sentences that give none, and claimants. */
export interface FormTables {
  forms: [string, string, [number, string, string][]][];
  nonFigures: [string, string][];
  claims: [string, (string | string[])[], string[]][];
}

/** Runs a file's tables of constructions as one block of table-driven tests. */
export function describeForms(title: string, { forms, nonFigures, claims }: FormTables): void {
  describe(title, () => {
    it.each(forms)('%s', (_name, sentence, expected) => {
      expect(brief(sentence)).toEqual(expected);
    });
    it.each(nonFigures)('not a figure: %s', (_name, sentence) => {
      expect(brief(sentence)).toEqual([]);
    });
    it.each(claims)('claimant: %s', (_name, paragraphs, expected) => {
      expect(figuresOf(...paragraphs).map((f) => f.claimant)).toEqual(expected);
    });
  });
}
