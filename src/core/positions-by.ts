// An inverted list: each key with the positions of the items that have it, ascending, for answers that
// find their items by word or by speaker instead of passing over all of them per question.

/** Key -> the positions in `items` of those whose `keysOf` yields it (give each key once per item). */
export function positionsBy<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, number[]> {
  const positions = new Map<K, number[]>();
  items.forEach((item, position) => {
    for (const key of keysOf(item)) {
      const list = positions.get(key);
      if (list) list.push(position);
      else positions.set(key, [position]);
    }
  });
  return positions;
}
