// Step 6: paragraphs a page prints twice (a scraper picking up a teaser block and the story, say) are
// kept once; the copies stay in the paragraph list, marked with the paragraph they repeat.
import type { Paragraph } from '../core/article.ts';
import { compareKey } from '../core/normalize.ts';

export function markRepeats(paragraphs: Paragraph[]): Paragraph[] {
  const firstSeen = new Map<string, number>();
  return paragraphs.map((paragraph) => {
    const key = compareKey(paragraph.text);
    const earlier = firstSeen.get(key);
    if (earlier === undefined) {
      firstSeen.set(key, paragraph.index);
      return paragraph;
    }
    return { ...paragraph, repeatOf: earlier };
  });
}
