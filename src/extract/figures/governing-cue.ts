// Which of a sentence's claim cues governs a figure at token `p`: "according to" first, then the
// nearest cue before, then one after, with the exceptions below, each quoting the sentence it reads.
import type { Token } from './02-tokenize.ts';
import type { ClaimCue } from './07-claim-cues.ts';

const QUOTE = /^["“”]$/;

export function governingCue(cues: ClaimCue[], p: number, tokens: Token[] = []): ClaimCue | null {
  const according = cues.filter((c) => c.kind === 'according');
  if (according.length) {
    // "The company reported revenue of $3.2 billion, up 4.5% ... but short of analysts' estimate of
    // $3.31 billion, according to LSEG data": a closing "according to" covers its own clause; what the
    // subject's verb reported before that clause is the subject's
    const next = according.find((c) => c.at > p);
    const verb = next ? nearestBefore(cues.filter((c) => c.kind === 'verb' && c.sourceEnd === undefined), p) : null;
    if (verb && next && clauseBreak(tokens, p + 1, next.at - 2)) return verb;
  }
  const pool = according.length ? according : cues;
  const best = nearestBefore(pool, p);
  if (best) return best;
  let after: ClaimCue | null = null;
  for (const c of pool) if (c.at > p && !c.forwardOnly && (!after || c.at < after.at)) after = c;
  return after && (quotedBefore(tokens, p, after.at) || !newClauseBetween(tokens, p, after.at)) ? after : null;
}

/**
 * The nearest cue before `p`; a source written after its verb stops at its apposition:
 * '"Seven of the dead were from one family," said John Mwangi, 63, a village elder who lost two grandchildren'.
 */
function nearestBefore(cues: ClaimCue[], p: number): ClaimCue | null {
  let best: ClaimCue | null = null;
  for (const c of cues) {
    if (c.at >= p || (c.sourceEnd !== undefined && p > c.sourceEnd)) continue;
    if (!best || c.at > best.at) best = c;
  }
  return best;
}

/** A comma, semicolon or "but" among tokens `from`..`to`. */
function clauseBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (/^(,|;|but)$/.test(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** '"A 7% cut is not trivial, but it's not panic either," said Dan Morgan': the quote's speaker, whatever its clauses. */
function quotedBefore(tokens: Token[], p: number, cue: number): boolean {
  let close = -1;
  for (let k = cue - 1; k > p && cue - k <= 5; k--) if (QUOTE.test((tokens[k] as Token).text)) close = k;
  if (close < 0) return false;
  for (let k = p - 1; k >= 0; k--) if (QUOTE.test((tokens[k] as Token).text)) return true;
  return false;
}

/**
 * "polls had given the Socialists between 40 and 45 percent, and party leader Pedro Nuno Santos admitted":
 * a cue after a new subject does not reach back; "..., and said it had agreed" (no new subject) does.
 */
function newClauseBetween(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue - 2; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return true;
    if (t.text === ',' && /^(and|but|while|whereas)$/.test(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
