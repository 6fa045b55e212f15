// Word-level diff of two sentences, as replace/insert/delete hunks between runs of equal words:
// "... until rebels surrendered it" / "... until militants surrendered it" -> replace [rebels] by [militants].
import type { DiffOp } from './align-types.ts';
import { foldTypography } from '../core/normalize.ts';

/** Words as written (case kept), without the punctuation around them. */
export function displayWords(text: string): string[] {
  return foldTypography(text)
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

export function diffWords(from: string[], to: string[]): DiffOp[] {
  const a = from.map((word) => word.toLowerCase());
  const b = to.map((word) => word.toLowerCase());
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
