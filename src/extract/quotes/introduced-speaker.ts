// A paragraph that is only a quotation, with no words about who speaks, after a paragraph that quotes
// no one: the person that paragraph ends on speaks.
//   `Sri Wulandari, who heads the volcanology center, said seismic activity had surged ...` +
//   `"We recorded more than 300 volcanic earthquakes in six hours. ..."`     -> Sri Wulandari
//   `Pike points to a week in mid-July when ...` + `"The heat cooked the cones on the bine. ..."` -> Pike

import type { Cue } from './06-find-cue.ts';
import { beatSubject } from './beat-subject.ts';
import type { SentenceReading } from './read-paragraph.ts';
import { tokenize } from './tokens.ts';

export function introducedSpeaker(before: readonly SentenceReading[] | undefined, current: readonly SentenceReading[]): Cue | null {
  // most paragraphs open with no quotation: nothing to read for them
  if (!current[0]?.quotes[0]?.opensParagraph || !before || before.some((s) => s.quotes.length > 0)) return null;
  // a cue anywhere in this paragraph names its speaker better: `"A." ... "B," she said.`
  if (current.some((s) => s.speakers.length > 0 || s.quotes.some((q) => q.cue))) return null;
  const last = before.at(-1);
  if (!last) return null;
  return last.speakers.at(-1) ?? beatSubject(tokenize(last.text, last.start));
}
