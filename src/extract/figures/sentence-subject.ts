// The subject a sentence opens with, for cues that name no source of their own: "The Turkish Red
// Crescent put the toll far higher, saying ...", "He also repeated his criticism ..., saying ...",
// "Chega's leader, André Ventura, hailed a "historic night" and said ...".
import type { Token } from './02-tokenize.ts';
import { capitalRuns, TITLE_WORDS } from './claimant-context.ts';

const PRONOUNS = /^(he|she|it|they|we)$/;
const OPENERS = /^(in|on|at|by|for|with|after|before|during|since|across|among|from|under|over|as|while|when|if|but|and|yet|so|although|despite|according)$/;

export function sentenceSubject(all: Token[]): string | null {
  const tokens = all.slice(datelineEnd(all));
  const first = tokens[0];
  if (!first) return null;
  if (PRONOUNS.test(first.lower)) return first.text;
  const named = nameAfterRole(tokens);
  if (named) return named;
  // (a run of capitalised words starts at a capital: "the rebels said" has no subject to name)
  if (!first.capital) return null;
  const runs = capitalRuns(tokens, 2);
  const run = runs[0];
  // ("In Adré, a town of ...", "By nightfall on Tuesday, ..." open with an adverbial, not the subject)
  if (!run || run.start > 0 || OPENERS.test(tokens[0]?.lower ?? '')) return null;
  // "Chega's leader, André Ventura, hailed": the name set off by commas
  const next = runs[1];
  if (run.next === ',' && next && next.start === run.end + 2 && next.next === ',') return next.words.join(' ');
  return run.words.join(' ');
}

/** "The shadow chancellor, Helen Ashby, called", "Mullins' attorney, Rachel Nguyen, had asked": the name after the role. */
function nameAfterRole(tokens: Token[]): string | null {
  let comma = 1;
  while (comma < 7 && comma < tokens.length && tokens[comma]?.text !== ',') comma++;
  const role = tokens[comma - 1];
  if (tokens[comma]?.text !== ',' || !role || !TITLE_WORDS.has(role.lower) || OPENERS.test(tokens[0]?.lower ?? '')) return null;
  const run = capitalRuns(tokens.slice(comma + 1, comma + 7), 1)[0];
  return run && run.start === 0 && run.words.length >= 2 && run.next === ',' ? run.words.join(' ') : null;
}

/** "DUBLIN, Oct 16 (Reuters) - Ryanair posted": the index after the dateline's dash, else 0. */
function datelineEnd(tokens: Token[]): number {
  // ("Adré, Chad – Amina Abdallah arrived": a place name and a dash open the story too)
  for (let k = 1; k < Math.min(tokens.length, 14); k++) {
    const t = tokens[k] as Token;
    if (/^[-—–]$/.test(t.text) && t.space) return k + 1;
    if (!/^(\p{Lu}|[,().]|\d)/u.test(t.text)) return 0;
  }
  return 0;
}
