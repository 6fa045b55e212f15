// Step 9: quotes with no words of their own about who speaks.
//   `"A," he said. "B."`                    -> B has A's speaker (a split quote)
//   a paragraph that is only a quote        -> the speaker of the quote that ends the paragraph before
//   the same words quoted again (pull quote) -> the speaker of the first copy
//   a headline quoting words of a body quote -> the body quote's speaker
//   `the "Aleppo army" he was appointed to lead` -> not a quotation at all: a scare quote, dropped

import { nameKey } from './name-key.ts';
import type { Entity } from './08-resolve-mention.ts';
import type { CueKind, QuoteKind } from './types.ts';

export interface Draft {
  paragraph: number;
  /** The paragraph's place in reading order: paragraph numbers skip the lines a wrapped quote joined. */
  order: number;
  /** Nothing but white space before it in its paragraph. */
  opensParagraph: boolean;
  /** False when it runs on into the next paragraph. */
  closed: boolean;
  sentence: number;
  text: string;
  cue: CueKind;
  entity: Entity | null;
  mention: string | null;
  kind: QuoteKind;
  /** Starts like a sentence of its own: "There is only so much they can endure." */
  sentenceLike: boolean;
}

export function continueSpeakers<T extends Draft>(drafts: readonly T[]): T[] {
  const kept = drafts.filter((d, i) => d.cue !== 'none' || d.sentenceLike || hasCuedNeighbour(drafts, i) || (d.kind === 'headline' && quotedInBody(drafts, d)));
  const out = [...kept];
  out.forEach((d, i) => {
    if (d.cue !== 'none') return;
    const same = out.slice(0, i).find((e) => e.entity && nameKey(e.text) === nameKey(d.text));
    const from = previousInParagraph(out, i) ?? nextInParagraph(out, i) ?? runsOnTo(out, i) ?? endOfPreviousParagraph(out, i);
    if (same) out[i] = { ...d, cue: 'repeated', entity: same.entity };
    else if (from) out[i] = { ...d, cue: 'continued', entity: from.entity };
  });
  // `'The sea takes a little more every winter': life on ...` -> the body quote that holds these words;
  // the body names who said them better than a headline's "as governor warns of 'long night ahead'"
  out.forEach((d, i) => {
    if (d.kind !== 'headline') return;
    const words = ` ${nameKey(d.text)} `;
    const source = out.find((e) => e.kind !== 'headline' && e.entity && ` ${nameKey(e.text)} `.includes(words));
    if (source) out[i] = { ...d, cue: 'repeated', entity: source.entity };
  });
  return out;
}

/** `Voss campaign: 'confident' remaining ballots will break its way`: one word in a headline is a
 *  quotation when the body quotes it. */
function quotedInBody(drafts: readonly Draft[], d: Draft): boolean {
  const words = ` ${nameKey(d.text)} `;
  return drafts.some((e) => e.kind !== 'headline' && ` ${nameKey(e.text)} `.includes(words));
}

/** `a "large-scale humanitarian operation" to "help civilians ..."`: one cue serves both quotes. */
function hasCuedNeighbour(drafts: readonly Draft[], i: number): boolean {
  const d = drafts[i];
  return drafts.some((e, j) => j !== i && e.cue !== 'none' && e.paragraph === d?.paragraph && e.sentence === d.sentence);
}

function previousInParagraph(drafts: readonly Draft[], i: number): Draft | undefined {
  const d = drafts[i];
  return drafts.slice(0, i).reverse().find((e) => e.paragraph === d?.paragraph && e.entity);
}

function nextInParagraph(drafts: readonly Draft[], i: number): Draft | undefined {
  const d = drafts[i];
  return drafts.slice(i + 1).find((e) => e.paragraph === d?.paragraph && e.entity && e.cue !== 'continued');
}

function endOfPreviousParagraph(drafts: readonly Draft[], i: number): Draft | undefined {
  const d = drafts[i];
  const before = drafts.slice(0, i).reverse().find((e) => e.order < (d?.order ?? 0));
  return before && before.order === (d?.order ?? 0) - 1 && before.entity ? before : undefined;
}

/** A quote left open runs on into the paragraphs after it, each opening with a mark, until one closes
 *  it; a cue in any of them names the speaker of all:
 *    `"We have patients on chairs ...` / `"What worries me most ...` / `"We need people to come in early," she said.` */
function runsOnTo(drafts: readonly Draft[], i: number): Draft | undefined {
  let d = drafts[i];
  for (let j = i + 1; d && !d.closed; j++) {
    const next = drafts[j];
    if (!next || next.order !== d.order + 1 || !next.opensParagraph) return undefined;
    if (next.entity && next.cue !== 'continued' && next.cue !== 'none') return next;
    // the rest of that paragraph: the quote may close with "A," he said. "B."
    const cued = drafts.slice(j + 1).find((e) => e.order === next.order && e.entity && e.cue !== 'continued');
    if (next.closed) return cued;
    d = next;
  }
  return undefined;
}
