// Step 9: the words around a figure that say what it is about: a short description ("people are
// believed to be trapped inside rebel-held eastern Aleppo"), the event class and the proper names
// that narrow it. The window runs within the clause and skips a number's apposition ("275,000
// residents, 100,000 of them children, are besieged").
import type { Token } from './02-tokenize.ts';
import { findEvent } from './events.ts';
import { MONTHS } from './word-classes.ts';

export interface FigureContext {
  what: string;
  event: string | null;
  scope: string[];
  /** Words before the number within its clause, lower case ("it could be"). */
  before: string;
  part: boolean;
}

const BOUNDARY = new Set([...',;:()“”"«»—–|!?']);
const MAX_AFTER = 14;
const SUBORDINATORS = new Set(['where', 'when', 'while', 'whereas', 'because', 'but', 'although', 'though', 'whose']);
const MAX_BEFORE = 10;
const NOT_SCOPE = new Set(['I', 'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'But', 'And', 'With', 'Since', 'Under', 'Many', 'Some']);

/**
 * `first`..`last`: the figure phrase's tokens; `npText`: its counted noun phrase; `stops`: token
 * indices where a claim cue sits (the window ends there); `numberStarts`: where other numbers start.
 */
export function figureContext(
  tokens: Token[],
  text: string,
  figure: { first: number; last: number; np: string; counted: boolean },
  stops: Set<number>,
  numberStarts: Set<number>,
): FigureContext {
  const { first, last, np: npText, counted } = figure;
  let start = first;
  while (start > 0 && first - start < MAX_BEFORE) {
    const prev = tokens[start - 1] as Token;
    if (BOUNDARY.has(prev.text) || stops.has(start - 1) || numberStarts.has(start - 1) || prev.text === '.') break;
    start--;
  }
  let end = last;
  for (let k = last + 1; k < tokens.length && k - last <= MAX_AFTER; k++) {
    const t = tokens[k] as Token;
    if (stops.has(k) || numberStarts.has(k) || t.text === '.' || SUBORDINATORS.has(t.lower)) break;
    // "47 such munitions attacks in which dozens of civilians had been killed": a new subject
    if (t.lower === 'which' && k > last + 1 && /^(in|of|during|by|with)$/.test(tokens[k - 1]?.lower ?? '')) {
      end = Math.max(last, k - 2);
      break;
    }
    if (BOUNDARY.has(t.text)) {
      // ", 100,000 of them children, are besieged": step over a number's apposition
      const close = apposition(tokens, k, numberStarts);
      if (close < 0) break;
      k = close;
      continue;
    }
    end = k;
  }
  const beforeText = textOf(tokens, text, start, first - 1);
  const afterText = textOf(tokens, text, last + 1, end);
  // "surrender within three months": a time or a share is described by what comes before it too
  const tail = counted ? '' : beforeText.split(/\s+/).slice(-6).join(' ');
  const what = [tail, counted ? npText : textOf(tokens, text, first, last), afterText].filter(Boolean).join(' ').trim();
  const scope = new Set<string>();
  for (let k = start; k <= end; k++) {
    const t = tokens[k] as Token;
    if (k === 0 || !t.capital || NOT_SCOPE.has(t.text) || MONTHS.has(t.lower)) continue;
    if (k > last || k < first || npText.includes(t.text)) scope.add(t.text);
  }
  const head = npText.split(/[\s-]+/).pop() ?? '';
  scope.delete(head);
  const lowerBefore = beforeText.toLowerCase();
  return {
    what,
    // only what happens to counted people or things is an event: "two weeks ago" is not a death toll
    event: counted ? findEvent(lowerBefore, `${npText} ${afterText}`.toLowerCase()) : null,
    scope: [...scope],
    before: lowerBefore,
    part: /\b(alone|including|among them|of whom)\b/.test(`${lowerBefore} ${afterText.toLowerCase()}`),
  };
}

/** The text of tokens `a`..`b`, "" when `b` is before `a`. */
function textOf(tokens: Token[], text: string, a: number, b: number): string {
  return b >= a ? text.slice((tokens[a] as Token).start, (tokens[b] as Token).end) : '';
}

/** At a comma: if a short "N of them ..." phrase follows and closes with a comma, the index of that comma. */
function apposition(tokens: Token[], comma: number, numberStarts: Set<number>): number {
  if ((tokens[comma] as Token).text !== ',' || !numberStarts.has(comma + 1)) return -1;
  let partitive = false;
  for (let k = comma + 2; k < tokens.length && k - comma <= 7; k++) {
    if (/^(them|whom|including)$/.test((tokens[k] as Token).lower)) partitive = true;
    if ((tokens[k] as Token).text === ',') return partitive ? k : -1;
    if (BOUNDARY.has((tokens[k] as Token).text) || (tokens[k] as Token).text === '.') return -1;
  }
  return -1;
}
