// Step 4: the headline. Scraped pages often print it several times: as the page title, the <h1> and
// the share text, sometimes glued together ("Assad’s Amnesty for Aleppo MilitantsAssad’s Amnesty for
// Aleppo Militants"). The first copy is kept as the title; the others are dropped.
import type { DroppedLine } from '../core/article.ts';
import { compareKey } from '../core/normalize.ts';
import type { Line } from './02-lines.ts';
import { endsSentence, startsLowercase } from './line-shape.ts';

const MAX_TITLE_WORDS = 25;
/** How far below the headline its repeats are looked for, in lines. */
const REPEAT_WINDOW = 8;

export function findTitle(lines: (Line | null)[]): { titleLine: number | null; dropped: DroppedLine[] } {
  const first = lines.findIndex((line) => line !== null && line.text !== '');
  if (first < 0) return { titleLine: null, dropped: [] };
  const line = lines[first] as Line;
  const next = nextText(lines, first);
  if (!looksLikeHeadline(line.text, next, lines[first + 1]?.text === '')) return { titleLine: null, dropped: [] };

  const key = compareKey(line.text);
  const dropped: DroppedLine[] = [];
  for (let i = first + 1; i < Math.min(lines.length, first + 1 + REPEAT_WINDOW); i++) {
    const other = lines[i];
    if (!other?.text || !isRepeatOf(compareKey(other.text), key)) continue;
    dropped.push({ start: other.start, end: other.end, text: other.text, reason: 'repeated-title' });
    lines[i] = null;
  }
  return { titleLine: first, dropped };
}

function looksLikeHeadline(text: string, next: string | null, blankAfter: boolean): boolean {
  if (endsSentence(text) && !/[?!]["'”’]?$/.test(text)) return false;
  if (text.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  // "The offer of amnesty follows" + "two weeks of ...": a broken first line, not a headline
  if (!blankAfter && next !== null && startsLowercase(next)) return false;
  return !/[,;:]$/.test(text);
}

/** "X", "XX" and "XXX" all repeat the title X. */
function isRepeatOf(candidate: string, title: string): boolean {
  if (candidate === title) return true;
  if (candidate.length % title.length !== 0) return false;
  return candidate === title.repeat(candidate.length / title.length);
}

function nextText(lines: (Line | null)[], from: number): string | null {
  for (let i = from + 1; i < lines.length; i++) {
    const text = lines[i]?.text;
    if (text) return text;
  }
  return null;
}
