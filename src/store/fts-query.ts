// User words to an FTS5 query. Users type anything ("de Mistura's 'offer'", "AND", "*"); FTS5 syntax
// errors must not reach them, so every word is quoted and the words are OR-ed, ranked by bm25.

export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 32);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"`).join(' OR ');
}
