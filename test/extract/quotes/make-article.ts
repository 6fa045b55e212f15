// A CleanArticle built from paragraphs, for table tests: the first paragraph can be a title.
import type { CleanArticle, Paragraph } from '../../../src/core/article.ts';

export function makeArticle(paragraphs: readonly string[], options: { title?: boolean } = {}): CleanArticle {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const built: Paragraph[] = paragraphs.map((p, index) => {
    const start = at;
    at += p.length + 2;
    const kind = options.title && index === 0 ? 'title' : 'body';
    return { index, kind, text: p.replace(/\s+/g, ' ').trim(), start, end: start + p.length, repeatOf: null };
  });
  return { file: 'test.txt', text, title: null, outlet: null, agencies: [], paragraphs: built, sentences: [], dropped: [] };
}
