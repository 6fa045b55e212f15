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
  const mention = said && previousMasked.length - (said.at + said.phrase.length) < 40 ? parseMention(said.phrase) : null;
  if (said && mention && (mention.name || mention.pronoun || mention.descriptor)) return said.phrase;
  return people.findLast((p) => !isOrganisationName(p.name))?.name ?? null;
}
