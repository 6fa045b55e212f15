// Step 7: paragraphs to sentences, with offsets into the file. A rule-based splitter (see
// sentence-boundary.ts): compromise's parser is far too slow to run over every article.
import type { Paragraph, Sentence } from '../core/article.ts';
import { foldSpace } from './05-paragraphs.ts';
import { isSentenceBoundary } from './sentence-boundary.ts';

const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s)/g;

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.repeatOf !== null) continue;
    for (const [start, end] of sentenceSpans(text, paragraph.start, paragraph.end)) {
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        kind: paragraph.kind,
        start,
        end,
        text: foldSpace(text.slice(start, end)),
      });
    }
  }
  return sentences;
}

export function sentenceSpans(text: string, from: number, to: number): [number, number][] {
  const slice = text.slice(from, to);
  const spans: [number, number][] = [];
  let start = skipSpace(slice, 0);
  CANDIDATE_END.lastIndex = 0;
  for (let match = CANDIDATE_END.exec(slice); match; match = CANDIDATE_END.exec(slice)) {
    const end = match.index + match[0].length;
    const next = skipSpace(slice, end);
    if (next >= slice.length || !isSentenceBoundary(slice.slice(0, match.index + 1), slice.slice(next, next + 40))) continue;
    spans.push([from + start, from + end]);
    start = next;
  }
  if (start < slice.length) spans.push([from + start, from + trimEnd(slice)]);
  return spans;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return end;
}
