// Step 5: lines to paragraphs. Scrapers break lines mid-sentence ("The army" / "announced a reduction in
// shelling ..."), so two lines are joined unless the first ends a sentence or is a cross-head.
import type { Paragraph, ParagraphKind } from '../core/article.ts';
import type { Line } from './02-lines.ts';
import { foldWhiteSpace } from '../core/normalize.ts';
import { isSentenceBoundary } from './sentence-boundary.ts';
import { endsMidSentence, endsSentence, startsLowercase, wordCount } from './line-shape.ts';

/** Shorter unpunctuated lines followed by a capital are cross-heads ("Raids kill dozens"); longer ones are wrapped prose. */
const WRAPPED_PROSE_CHARS = 45;
const MAX_HEADING_WORDS = 12;

export function joinParagraphs(text: string, lines: (Line | null)[], titleLine: number | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: { start: number; end: number; last: string } | null = null;
  const close = (kind: ParagraphKind | null) => {
    if (!open) return;
    const body = foldSpace(text.slice(open.start, open.end));
    paragraphs.push({ index: paragraphs.length, start: open.start, end: open.end, text: body, kind: kind ?? kindOf(body), repeatOf: null });
    open = null;
  };
  lines.forEach((line, i) => {
    if (!line || !line.text) return close(null);
    if (i === titleLine) {
      close(null);
      open = { start: line.start, end: line.end, last: line.text };
      return close('title');
    }
    if (open && continues(open.last, line.text)) {
      open.end = line.end;
      open.last = line.text;
      return undefined;
    }
    close(null);
    open = { start: line.start, end: line.end, last: line.text };
    return undefined;
  });
  close(null);
  return paragraphs;
}

function continues(previous: string, next: string): boolean {
  // "... the U.N." + "Syria envoy warned on Thursday." ends a line, not a sentence
  if (endsSentence(previous)) return !isSentenceBoundary(previous.replace(/["'”’)\]]+$/, ''), next);
  if (startsLowercase(next) || /^\d/.test(next)) return true;
  if (endsMidSentence(previous)) return true;
  // "A" / "U.S. official, speaking ...": a drop capital's word left alone on its line
  if (wordCount(previous) === 1) return true;
  return previous.length >= WRAPPED_PROSE_CHARS;
}

function kindOf(paragraph: string): ParagraphKind {
  return !endsSentence(paragraph) && wordCount(paragraph) <= MAX_HEADING_WORDS ? 'heading' : 'body';
}

export function foldSpace(text: string): string {
  return foldWhiteSpace(text);
}
