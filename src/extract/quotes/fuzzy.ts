// Edit distance for typo-tolerant lookups: "de mistra" is one letter from "de mistura".

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours: "mitsura"). */
export function editDistance(a: string, b: string): number {
  // three rows of the table: two back for the swap, one back, and the one being filled
  let before = new Uint16Array(b.length + 1);
  let previous = Uint16Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      row[j] = best;
    }
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length] as number;
}

/**
 * The most similarity two strings of these lengths can have: each letter of length difference costs an
 * edit. Lookups skip the edit distance of pairs that cannot reach their threshold.
 */
export function similarityBound(a: number, b: number): number {
  const longest = Math.max(a, b);
  return longest === 0 ? 1 : 1 - Math.abs(a - b) / longest;
}

/** 1 for equal strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}
