// Step 1: the paragraphs to read, each as it stands in the file.
// `Paragraph.text` has white space folded, so its offsets do not map back; the original slice with line
// breaks turned into spaces has the same length, so an index into it plus `paragraph.start` is an index
// into `CleanArticle.text`:   "said Staffan de\nMistura" -> "said Staffan de Mistura"

import type { CleanArticle, Paragraph } from '../../core/article.ts';

export function paragraphSource(article: CleanArticle, paragraph: Paragraph): string {
  return article.text
    .slice(paragraph.start, paragraph.end)
    .replace(/[\r\n\t\f\v\u00a0\u2028\u2029\u200b]/g, ' ');
}

/** The article's paragraphs plus the copies of its headline the cleaner set aside, read as headlines:
 *  the second line of `Aleppo: De Mistura calls rebel fighters to "surrender and leave"` still quotes
 *  de Mistura, in straight marks where the first line had curly ones. */
export function readingParagraphs(article: CleanArticle): Paragraph[] {
  const title = article.paragraphs.find((p) => p.kind === 'title');
  const copies: Paragraph[] = article.dropped
    .filter((line) => line.reason === 'repeated-title' && /["\u201c\u201d\u201e\u00ab\u00bb]/.test(line.text))
    .map((line) => ({ index: title?.index ?? 0, kind: 'title', text: line.text, start: line.start, end: line.end, repeatOf: title?.index ?? null }));
  return [...article.paragraphs, ...copies].sort((a, b) => a.start - b.start);
}
