// Keys under which two spellings of one name compare equal:
//   "U.S. official" / "US official" -> "us official";  "Bashar al-Assad" / "Bashar al Assad" -> "bashar al assad"

import { boundedMemo } from '../../core/bounded-memo.ts';

const CACHE_SIZE = 20_000;

export const nameKey: (name: string) => string = boundedMemo(CACHE_SIZE, (name) => computeKey(name));

// "Zakaria Malahifji", "Ras al-Kawazi": ASCII letters with single spaces or hyphens between them, which
// the steps below only lower-case and part at the hyphens
const PLAIN = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;
const NON_ASCII = /[\u0080-\uffff]/;

function computeKey(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase().replaceAll('-', ' ');
  // ASCII has no accents to strip; each step after that only runs when its mark is there
  let key = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : name.toLowerCase();
  if (key.includes('(')) key = key.replace(/\([^)]*\)/g, ' ');
  if (key.includes("'") || key.includes('’')) key = key.replace(/['’]s\b/g, '');
  if (key.includes('.')) key = key.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1').replace(/\b(\p{L})\.(?!\p{L})/gu, '$1');
  return key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Bashar al-Assad" -> ["bashar", "al", "assad"]; the same array for the same name, so never change it. */
export const tokensOfName: (name: string) => readonly string[] = boundedMemo(CACHE_SIZE, (name) => nameKey(name).split(' ').filter(Boolean));
