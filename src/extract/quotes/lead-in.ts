// A quotation that opens a paragraph after one ending in a colon is the words that paragraph announces;
// its speaker is the last person the announcing paragraph names:
//   `Speaking after the vote, Ms Fairweather set out what she believed would happen next. Her remarks,
//    delivered on the steps of City Hall, ran for several minutes:`  +  `“There are 19,000 households ...`

import type { Person } from './07-find-people.ts';
import { isOrganisationName } from './name-kind.ts';

export function leadInPerson(previousMasked: string | undefined, people: readonly Person[]): string | null {
  if (!previousMasked || !/:\s*$/.test(previousMasked)) return null;
  return people.findLast((p) => !isOrganisationName(p.name))?.name ?? null;
}
