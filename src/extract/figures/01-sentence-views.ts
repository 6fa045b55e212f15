// Step 1: the sentences figures are read from, each with a map from its folded text back to the file.
// A paragraph the page prints twice has no sentences of its own in CleanArticle, but a reader counting
// what an article says still sees it twice ("surrender within three months" in both copies), so its
// sentences are rebuilt from the paragraph it repeats.
import type { CleanArticle, Sentence } from '../../core/article.ts';
import { isSpaceCode } from './char-classes.ts';

export interface SentenceView {
  /** Index in `article.sentences` (for a repeat: the sentence it repeats). */
  index: number;
  paragraph: number;
  text: string;
  /** `offsets[i]` is the offset in the file of `text[i]`; one extra entry for the end. */
  offsets: number[];
  repeat: boolean;
}

export function sentenceViews(article: CleanArticle): SentenceView[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of article.sentences) {
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  const views: SentenceView[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.repeatOf === null) {
      for (const s of byParagraph.get(paragraph.index) ?? []) {
        views.push({ index: s.index, paragraph: s.paragraph, text: s.text, offsets: alignFolded(s.text, article.text, s.start, s.end), repeat: false });
      }
      continue;
    }
    const originals = byParagraph.get(paragraph.repeatOf) ?? [];
    const offsets = alignFolded(paragraph.text, article.text, paragraph.start, paragraph.end);
    let from = 0;
    for (const s of originals) {
      const at = paragraph.text.indexOf(s.text, from);
      if (at < 0) continue; // the copy differs in typography: keep what lines up
      from = at + s.text.length;
      views.push({ index: s.index, paragraph: paragraph.index, text: s.text, offsets: offsets.slice(at, from + 1), repeat: true });
    }
  }
  return views;
}

/** Whether `text` has white space that folding would change: a run, or a tab, newline or no-break space. */
function refolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code) && (code !== 32 || text.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/**
 * Maps each character of `folded` (white space runs folded to one space) to its offset in
 * `raw.slice(start, end)`. Characters that do not line up keep the offset of the last one that did.
 */
export function alignFolded(folded: string, raw: string, start: number, end: number): number[] {
  const offsets: number[] = new Array<number>(folded.length + 1);
  // most sentences are printed as they read, single spaces only: each character is where it is
  if (end - start === folded.length && raw.startsWith(folded, start) && !refolded(folded)) {
    for (let i = 0; i <= folded.length; i++) offsets[i] = start + i;
    return offsets;
  }
  const space = (k: number): boolean => k < end && isSpaceCode(raw.charCodeAt(k));
  let j = start;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charCodeAt(i);
    if (ch === 32) {
      while (j < end && !space(j)) j++;
      offsets[i] = j;
      while (space(j)) j++;
      continue;
    }
    while (space(j)) j++;
    offsets[i] = Math.min(j, end);
    if (raw.charCodeAt(j) === ch) j++;
  }
  offsets[folded.length] = Math.min(j, end);
  return offsets;
}
