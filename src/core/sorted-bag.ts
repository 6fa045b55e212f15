// Bags of words as sorted arrays of word ids: two wordings' shared words are counted by one merge,
// without a map per comparison (the alignment and the quote merge compare many pairs).

/** How many words two sorted bags have in common, repeats counted. */
export function sharedWords(a: Int32Array, b: Int32Array): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/**
 * Whether two sorted bags have at least `need` words in common, repeats counted: the merge stops once
 * that many are found, or once the words left in the shorter remainder cannot make up the rest (most
 * groups a quote is tried against share a few common words and no more).
 */
export function sharesAtLeast(a: Int32Array, b: Int32Array, need: number): boolean {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (common >= need) return true;
    if (common + Math.min(a.length - i, b.length - j) < need) return false;
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common >= need;
}
