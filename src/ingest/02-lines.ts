// Step 2: the text as lines with offsets. Scrapers break lines anywhere, so lines are only the raw
// material for paragraphs; keeping their offsets is what lets every later span point into the file.
import type { Span } from '../core/article.ts';

export interface Line extends Span {
  /** The line without surrounding white space ('' for a blank line). */
  text: string;
}

// \s in JavaScript covers NBSP, the BOM and the other Unicode spaces scraped pages are full of
const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let from = 0;
  for (;;) {
    const match = breaks.exec(text);
    const to = match ? match.index : text.length;
    lines.push(trimLine(text, from, to));
    if (!match) break;
    from = match.index + match[0].length;
  }
  return lines;
}

function trimLine(text: string, from: number, to: number): Line {
  const raw = text.slice(from, to);
  const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
  const trail = lead === raw.length ? 0 : (TRAILING_SPACE.exec(raw)?.[0].length ?? 0);
  const start = from + lead;
  const end = Math.max(start, to - trail);
  return { start, end, text: text.slice(start, end) };
}
