// A quotation that opens a paragraph after one ending in a colon is the words that paragraph announces:
//   `Prof Ada Nwosu, an ecologist at the University of Leeds who studies moths, said:` + `“The data ...`
//     -> the subject of the speech verb before the colon, when it names someone: "Ada Nwosu", not "Leeds"
//   `Speaking after the vote, Ms Fairweather set out what she believed would happen next. Her remarks,
//    delivered on the steps of City Hall, ran for several minutes:`  +  `“There are 19,000 households ...`
//     -> else the last person the announcing paragraph names

import type { Cue } from './06-find-cue.ts';
import type { Person } from './07-find-people.ts';
import { parseMention } from './05-parse-mention.ts';
import { isOrganisationName } from './name-kind.ts';

export function leadInPerson(previousMasked: string | undefined, people: readonly Person[], lastSpeakers: readonly Cue[] = []): string | null {
  if (!previousMasked || !/:\s*$/.test(previousMasked)) return null;
  const said = lastSpeakers.at(-1);
  // "..., said:", "... told the BBC:": the speech verb is among the last few words
  // "In a statement, the club's trustees said:" announces a body, "He said:" whom "he" is
  const mention = said ? parseMention(said.phrase) : null;
  const near = !!said && previousMasked.length - (said.at + said.phrase.length) < 40;
  if (said && mention && near && (mention.name || mention.pronoun || mention.descriptor)) return said.phrase;
  // "Prof Markus Wenger, of the University of Innsbruck, who co-authored the study, said the losses had
  // consequences far beyond the mountains:": a person who said so further back still announces it
  if (said && mention?.name && !isOrganisationName(mention.name)) return said.phrase;
  return people.findLast((p) => !isOrganisationName(p.name) && !isPlaceAfterPreposition(p.name, previousMasked))?.name ?? null;
}

/** "of the University of Innsbruck", "in Kumasi": one capitalised word after a preposition of place is
 *  a place, whichever clause it stands in. */
function isPlaceAfterPreposition(name: string, text: string): boolean {
  if (/\s/.test(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:in|at|of|from|near)\\s+(?:the\\s+)?${escaped}\\b`).test(text) && !new RegExp(`(?<!\\b(?:in|at|of|from|near)\\s+(?:the\\s+)?)\\b${escaped}\\b`).test(text);
}
