// How an article is named in an answer: its outlet when the text states one, else its file name.
import type { Citation } from '../answer/answer-types.ts';

export function citationLabel(citation: Citation): string {
  const stem = citation.file.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  // scraped files are often "<number>_<hash>": the number is the readable part
  const short = /^(\d+)_[0-9a-f]{6,}$/i.exec(stem)?.[1] ?? stem;
  return citation.outlet ? `${citation.outlet} (${short})` : short;
}
