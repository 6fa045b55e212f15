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

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/\b(\p{L})\.(?!\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokensOfName(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}
