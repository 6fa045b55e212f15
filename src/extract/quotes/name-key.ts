// Keys under which two spellings of one name compare equal:
//   "U.S. official" / "US official" -> "us official";  "Bashar al-Assad" / "Bashar al Assad" -> "bashar al assad"

const cache = new Map<string, string>();
const CACHE_SIZE = 20_000;

export function nameKey(name: string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  if (cache.size > CACHE_SIZE) cache.clear();
  const key = computeKey(name);
  cache.set(name, key);
  return key;
}

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

const tokenCache = new Map<string, readonly string[]>();

/** "Bashar al-Assad" -> ["bashar", "al", "assad"]; the same array for the same name, so never change it. */
export function tokensOfName(name: string): readonly string[] {
  const known = tokenCache.get(name);
  if (known !== undefined) return known;
  if (tokenCache.size > CACHE_SIZE) tokenCache.clear();
  const tokens = nameKey(name).split(' ').filter(Boolean);
  tokenCache.set(name, tokens);
  return tokens;
}
