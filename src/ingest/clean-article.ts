// From a scraped file's text to a clean article, one named step after another.
import type { CleanArticle } from '../core/article.ts';
import { splitLines } from './02-lines.ts';
import { dropFurniture } from './03-furniture.ts';
import { findTitle } from './04-title.ts';
import { joinParagraphs } from './05-paragraphs.ts';
import { markRepeats } from './06-repeats.ts';
import { splitSentences } from './07-sentences.ts';
import { findAgencies, findOutlet } from './08-metadata.ts';

export function cleanArticle(text: string, file: string): CleanArticle {
  const lines = splitLines(text);
  const { kept, dropped } = dropFurniture(lines);
  const title = findTitle(kept);
  const paragraphs = markRepeats(joinParagraphs(text, kept, title.titleLine));
  const sentences = splitSentences(text, paragraphs);
  const allDropped = [...dropped, ...title.dropped].sort((a, b) => a.start - b.start);
  return {
    file,
    text,
    title: paragraphs.find((paragraph) => paragraph.kind === 'title')?.text ?? null,
    outlet: findOutlet(allDropped),
    agencies: findAgencies(sentences.map((sentence) => sentence.text).join('\n')),
    paragraphs,
    sentences,
    dropped: allDropped,
  };
}
