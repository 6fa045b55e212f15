// Word-level diff of two sentences, as replace/insert/delete hunks between runs of equal words:
// "... until rebels surrendered it" / "... until militants surrendered it" -> replace [rebels] by [militants].
import type { DiffOp } from './align-types.ts';

/**
 * `fromKeys` and `toKeys` are what the words are compared by, one per word (ids of their lower-case forms,
 * say); the lower-case words themselves by default.
 */
export function diffWords(
  from: string[],
  to: string[],
  fromKeys: ArrayLike<unknown> = from.map((word) => word.toLowerCase()),
  toKeys: ArrayLike<unknown> = to.map((word) => word.toLowerCase()),
): DiffOp[] {
  const a = fromKeys;
  const b = toKeys;
  // longest common subsequence table, filled from the end so the walk below goes forwards
  const width = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const flushChange = () => {
    if (removed.length && added.length) ops.push({ op: 'replace', from: removed, to: added });
    else if (removed.length) ops.push({ op: 'delete', from: removed });
    else if (added.length) ops.push({ op: 'insert', to: added });
    removed = [];
    added = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flushChange();
      const last = ops[ops.length - 1];
      if (last?.op === 'equal') last.words.push(to[j] as string);
      else ops.push({ op: 'equal', words: [to[j] as string] });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) {
      added.push(to[j++] as string);
    } else {
      removed.push(from[i++] as string);
    }
  }
  flushChange();
  return ops;
}

/** Dice similarity of the two word sequences: 2 x common words / (words in both). */
export function diffSimilarity(ops: DiffOp[], fromLength: number, toLength: number): number {
  const common = ops.reduce((sum, op) => sum + (op.op === 'equal' ? op.words.length : 0), 0);
  return fromLength + toLength === 0 ? 1 : (2 * common) / (fromLength + toLength);
}
