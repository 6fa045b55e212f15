// Step 1: the paragraphs to read, each as it stands in the file.
// `Paragraph.text` has white space folded, so its offsets do not map back; the original slice with line
// breaks turned into spaces has the same length, so an index into it plus `paragraph.start` is an index
// into `CleanArticle.text`:   "said Staffan de\nMistura" -> "said Staffan de Mistura"

import type { CleanArticle, Paragraph } from '../../core/article.ts';
import { findQuoteMarks } from './02-find-quote-marks.ts';

export function paragraphSource(article: CleanArticle, paragraph: Paragraph): string {
  return sourceBetween(article.text, paragraph.start, paragraph.end);
}

function sourceBetween(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\r\n\t\f\v\u00a0\u2028\u2029\u200b]/g, ' ');
}

/** The article's paragraphs plus the copies of its headline the cleaner set aside, read as headlines:
 *  the second line of `Aleppo: De Mistura calls rebel fighters to "surrender and leave"` still quotes
 *  de Mistura, in straight marks where the first line had curly ones. */
export function readingParagraphs(article: CleanArticle): Paragraph[] {
  const title = article.paragraphs.find((p) => p.kind === 'title');
  const copies: Paragraph[] = article.dropped
    .filter((line) => line.reason === 'repeated-title' && /["\u201c\u201d\u201e\u00ab\u00bb]/.test(line.text))
    .map((line) => ({ index: title?.index ?? 0, kind: 'title', text: line.text, start: line.start, end: line.end, repeatOf: title?.index ?? null }));
  return joinWrappedQuotes(article.text, [...article.paragraphs, ...copies].sort((a, b) => a.start - b.start));
}

/** In a file that parts paragraphs with blank lines, a single line break inside an open quotation is
 *  a wrapped line, even after a full stop:
 *    `"Every one of them was approved by the council's finance committee.` / `Nobody in that building ...` */
function joinWrappedQuotes(text: string, paragraphs: Paragraph[]): Paragraph[] {
  if (!paragraphs.some((_, k) => k > 0 && /\n[ \t]*\r?\n/.test(gapBefore(text, paragraphs, k)))) return paragraphs;
  const out: Paragraph[] = [];
  for (const [k, p] of paragraphs.entries()) {
    const last = out.at(-1);
    if (last && p.kind === 'body' && last.kind === 'body' && /^[ \t]*\r?\n[ \t]*$/.test(gapBefore(text, paragraphs, k)) && !/^["\u201c\u201e\u00ab]/.test(p.text) && endsInOpenQuote(sourceBetween(text, last.start, last.end))) {
      out[out.length - 1] = { ...last, end: p.end, text: `${last.text} ${p.text}` };
    } else {
      out.push(p);
    }
  }
  return out;
}

function gapBefore(text: string, paragraphs: readonly Paragraph[], k: number): string {
  return text.slice(paragraphs[k - 1]?.end ?? 0, paragraphs[k]?.start ?? 0);
}

function endsInOpenQuote(source: string): boolean {
  return findQuoteMarks(source).at(-1)?.closed === false;
}
