// Step 3: hide the words inside quotes, so the rules that look for "said", full stops and commas
// only see the reporter's own words:
//   `"The expectation is weeks," the military source said` -> `"_______________________," the military source said`
// The masked text keeps the length of the source, so offsets stay the same.

import type { RawQuote } from './types.ts';

export const MASK = '_';

export function maskQuotes(source: string, quotes: readonly RawQuote[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += source.slice(at, q.innerStart) + MASK.repeat(q.innerEnd - q.innerStart);
    at = q.innerEnd;
  }
  return out + source.slice(at);
}
