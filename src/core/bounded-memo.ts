// A function's answers remembered per key, for the names, phrases and sentences that recur across a
// briefing's articles. A long-running bot sees new keys forever, so past `limit` keys it forgets the
// first one set for each new one (first in, first out, not least recently used): bounded memory. (It
// used to forget them all and start again, which threw away the copies of a wire story still to come: a
// fifth fewer sentences found again at 5,000.)

export function boundedMemo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  // a Map keeps its keys in the order they were set: the first is the oldest
  const known = new Map<string, V>();
  return (key) => {
    // one lookup for a key met before (most calls); `has` only tells a remembered undefined from none
    const seen = known.get(key);
    if (seen !== undefined || known.has(key)) return seen as V;
    const value = compute(key);
    if (known.size > limit) known.delete(known.keys().next().value as string);
    known.set(key, value);
    return value;
  };
}
