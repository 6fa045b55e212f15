// Word-choice differences between syndicated copies, from the word-level diffs of aligned sentences.
// Neighbouring changes are read together ("jihadists from Islamic State who have" / "the self0styled
// Islamic State terrorist group that has"), then trimmed of the function words at their edges.
import type { DiffOp } from '../align/align-types.ts';
import type { WordChoice } from './answer-types.ts';

/** Two changes with at most this many equal words between them are one rewrite. */
const JOIN_GAP = 2;
const EDGE_WORDS = new Set('a an the of to in on at by for from with and or but that which who whom whose has have had is are was were its their his her'.split(' '));

export function collectWordChoices(diffs: DiffOp[][]): WordChoice[] {
  const counts = new Map<string, WordChoice>();
  for (const ops of diffs) {
    for (const { from, to } of rewrites(ops)) {
      const key = `${from.toLowerCase()}\u0000${to.toLowerCase()}`;
      const known = counts.get(key);
      if (known) known.count++;
      else counts.set(key, { from, to, count: 1, spelling: isSpellingVariant(from, to) });
    }
  }
  return [...counts.values()].sort((a, b) => Number(a.spelling) - Number(b.spelling) || b.count - a.count || a.from.localeCompare(b.from));
}

function rewrites(ops: DiffOp[]): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  let i = 0;
  while (i < ops.length) {
    const op = ops[i] as DiffOp;
    if (op.op !== 'replace') {
      i++;
      continue;
    }
    const from = [...op.from];
    const to = [...op.to];
    // "replace, a short equal run, replace" is one rewrite
    while (ops[i + 1]?.op === 'equal' && ops[i + 2]?.op === 'replace') {
      const gap = ops[i + 1] as Extract<DiffOp, { op: 'equal' }>;
      const next = ops[i + 2] as Extract<DiffOp, { op: 'replace' }>;
      if (gap.words.length > JOIN_GAP) break;
      from.push(...gap.words, ...next.from);
      to.push(...gap.words, ...next.to);
      i += 2;
    }
    found.push({ from: trimEdges(from).join(' '), to: trimEdges(to).join(' ') });
    i++;
  }
  return found;
}

function trimEdges(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end - 1 && EDGE_WORDS.has((words[start] as string).toLowerCase())) start++;
  while (end > start + 1 && EDGE_WORDS.has((words[end - 1] as string).toLowerCase())) end--;
  return words.slice(start, end);
}

/** "air strikes" / "airstrikes", "U.S" / "US", "Islamic State" / "IS": the same word, spelt otherwise. */
export function isSpellingVariant(from: string, to: string): boolean {
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (squash(from) === squash(to)) return true;
  const initials = (text: string) => text.split(/[\s-]+/).map((word) => word[0] ?? '').join('').toLowerCase();
  return (squash(to) === initials(from) && from.includes(' ')) || (squash(from) === initials(to) && to.includes(' '));
}
