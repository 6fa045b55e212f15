// A function's answers remembered per key, for the names and phrases that recur across a briefing's
// articles. A long-running bot sees new keys forever, so past `limit` keys it forgets them all and
// starts again: bounded memory, and the keys that recur are soon back.

export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size > limit) known.clear();
    known.set(key, value);
    return value;
  };
}
