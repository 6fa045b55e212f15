// Step 6: what a number counts, read from the words after it: the head noun of "1,000 rebel fighters",
// "900 former Nusra Front fighters", "47 such munitions attacks"; a time unit ("two weeks", the
// compound "five-and-a-half-year"); "percent"; a currency ("6 billion dollars").
import { glued, isWord, lowerAt, type Token } from './02-tokenize.ts';
import type { NumberSpan } from './03-numbers.ts';
import { CENTS, CURRENCY_WORDS, PENCE, SMALL, TENS } from './number-words.ts';
import type { FigureKind } from './types.ts';
import { unitCue } from './unit-cues.ts';
import { FRACTIONS, IRREGULAR_PLURALS, isPluralNoun, SKIPPABLE, STOP, VERBS } from './word-classes.ts';

export interface UnitReading {
  unit: string;
  kind: FigureKind;
  /** The counted noun phrase as written ("former Nusra Front fighters"), "" when the noun is left out. */
  np: string;
  /** Last token of the figure phrase (the number's own last token when no noun follows). */
  end: number;
  /** "10 people were killed and 52 wounded": no noun of its own; the orchestrator fills it in. */
  elided: boolean;
  /** "18,000 of them", "100,000 of them children": a part of a figure given before. */
  part: boolean;
  /** Multiplies the value: pence are hundredths of a pound. */
  factor: number;
}

const DURATIONS: Record<string, string> = {
  second: 'seconds', minute: 'minutes', hour: 'hours', day: 'days', week: 'weeks', fortnight: 'fortnights',
  month: 'months', year: 'years', decade: 'decades', century: 'centuries', centuries: 'centuries',
};
const MEASURES = new Set(
  ('km kilometre kilometer kilometres kilometers mile miles metre meter metres meters feet foot ft inch inches ' +
    'cm mm kg kilogram kilograms kilo kilos tonne tonnes ton tons litre liter litres liters gallon gallons barrel ' +
    'barrels acre acres hectare hectares degree degrees mph kph').split(' '),
);
const HYPHEN_ADJECTIVES = new Set(['strong', 'long', 'old', 'high', 'wide', 'deep', 'tall', 'odd', 'plus', 'fold', 'point']);
const PART_PRONOUNS = new Set(['them', 'whom', 'those', 'these', 'which']);
const NUMBER_WORDS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), 'dozen']);
const WHOLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

export function readUnit(tokens: Token[], span: NumberSpan): UnitReading | null {
  if (span.percent) return reading('percent', 'percent', '', span.last);
  const cue = unitCue(tokens, span);
  if (cue) return reading(cue.unit, cue.kind, cue.unit, cue.end);
  let k = span.last + 1;
  // "five-and-a-half-year civil war", "a 10-year-old boy", "two-thirds"
  if (lowerAt(tokens, k) === '-' && glued(tokens[k]) && isWord(tokens[k + 1]) && glued(tokens[k + 1])) {
    const word = lowerAt(tokens, k + 1);
    const duration = DURATIONS[word] ?? DURATIONS[word.replace(/s$/, '')];
    if (duration) return reading(duration, 'duration', duration, k + 1);
    if (FRACTIONS.has(word)) return null;
    if (MEASURES.has(word)) return reading(word, 'measure', word, k + 1);
    if (word === 'percent') return reading('percent', 'percent', '', k + 1);
    // "the 27-member bloc": members are counted; "a 1,000-strong force": read on to the noun
    if (!HYPHEN_ADJECTIVES.has(word)) {
      const unit = word.endsWith('s') ? word : `${word}s`;
      return reading(unit, 'count', unit, k + 1);
    }
    k += 2;
  }
  const w = lowerAt(tokens, k);
  const next = lowerAt(tokens, k + 1);
  if (w === 'percent' || w === 'pct' || (w === 'per' && next === 'cent')) return reading('percent', 'percent', '', w === 'per' ? k + 1 : k);
  if (w === 'percentage' && next === 'points') return reading('percentage points', 'percent', '', k + 1);
  if (span.currency) {
    const phrase = nounPhrase(tokens, k, true);
    return reading(span.currency, 'money', phrase.np, phrase.end);
  }
  if (CURRENCY_WORDS[w] && !(w.startsWith('pound') && next === 'of')) return reading(CURRENCY_WORDS[w] as string, 'money', '', k);
  if (PENCE.has(w) && w !== 'p') return reading('GBP', 'money', '', k, { factor: 0.01 });
  if (CENTS[w] && !(next === 'of' || tokens[k + 1]?.text === '-')) return reading(CENTS[w] as string, 'money', '', k, { factor: 0.01 });
  if (FRACTIONS.has(w)) return null;
  // "A dozen of us left together": people
  if (w === 'of' && (next === 'us' || next === 'you')) return reading('people', 'count', 'people', k + 1, { part: true });
  // "92 of the 230 seats": counted in the noun of the whole
  if (w === 'of' && /^(the|its|their)$/.test(next) && tokens[k + 2]?.digits) {
    const after = nounPhrase(tokens, k + 3, false);
    if (after.np) return counted(after, span.last, { part: true });
  }
  // "a dozen of the victims", "all nine of its schools", "Seven of the dead": counted in the noun of the whole
  if (w === 'of' && WHOLE_DETERMINERS.has(next) && isWord(tokens[k + 2])) {
    const after = nounPhrase(tokens, k + 2, false);
    const head = after.head.toLowerCase();
    if (IRREGULAR_ADJECTIVE.has(head) && after.np.toLowerCase() === head) return reading('people', 'count', after.np, after.end, { part: true });
    if (after.np && isPluralNoun(head)) return counted(after, after.end, { part: true });
  }
  // "18,000 of them leaving", "100,000 of them children", "2,000 of the fighters"
  if (w === 'of' && PART_PRONOUNS.has(next)) {
    const after = nounPhrase(tokens, k + 2, false);
    if (after.np) return counted(after, after.end, { part: true });
    return reading('', 'count', '', k + 1, { elided: true, part: true });
  }
  const phrase = nounPhrase(tokens, k, false);
  if (!phrase.np || IRREGULAR_ADJECTIVE.has(phrase.np.toLowerCase())) {
    return reading('', 'count', phrase.np, phrase.np ? phrase.end : span.last, { elided: true });
  }
  return counted(phrase, phrase.end);
}

type Flags = Partial<Pick<UnitReading, 'elided' | 'part' | 'factor'>>;

const reading = (unit: string, kind: FigureKind, np: string, end: number, flags: Flags = {}): UnitReading => ({
  unit, kind, np, end, elided: flags.elided ?? false, part: flags.part ?? false, factor: flags.factor ?? 1,
});

/** A noun phrase's reading: "rebel fighters" counts fighters, "two weeks" is a duration. */
function counted(phrase: Phrase, end: number, flags: Flags = {}): UnitReading {
  const { unit, kind } = classify(phrase.head, phrase.np);
  return reading(unit, kind, phrase.np, end, flags);
}

/** "2000 injured", "52 wounded": an adjective standing for people already named. */
const IRREGULAR_ADJECTIVE = new Set([...IRREGULAR_PLURALS].filter((w) => /(ed|dead|missing|homeless)$/.test(w)));

function classify(head: string, np: string): { unit: string; kind: FigureKind } {
  const lower = head.toLowerCase();
  const duration = DURATIONS[lower] ?? DURATIONS[lower.replace(/s$/, '')];
  if (duration) return { unit: duration, kind: 'duration' };
  if (MEASURES.has(lower)) return { unit: lower, kind: 'measure' };
  if (CURRENCY_WORDS[lower]) return { unit: CURRENCY_WORDS[lower] as string, kind: 'money' };
  return { unit: /^\p{Lu}/u.test(head) && np ? head : lower, kind: 'count' };
}

interface Phrase {
  np: string;
  head: string;
  end: number;
}

/**
 * The noun phrase starting at token `k`, up to its plural head: "rebel fighters" (out of ...),
 * "Syrians" (lost ...), "such munitions attacks" (in which ...). Hyphenated words are one word.
 */
function nounPhrase(tokens: Token[], k: number, money: boolean): Phrase & { end: number } {
  const words: string[] = [];
  let head = '';
  let end = k - 1;
  for (let j = k; j < tokens.length && words.length < 6; ) {
    // "150 Boeing 737 MAX 10 jets": a model number inside a name
    if (tokens[j]?.digits && /^\p{Lu}/u.test(words[words.length - 1] ?? '') && isWord(tokens[j + 1])) {
      j++;
      continue;
    }
    const [word, next] = compound(tokens, j);
    if (!word) break;
    const lower = word.toLowerCase();
    const last = lower.split('-').pop() as string;
    if (SKIPPABLE.has(lower) && words.length === 0) {
      j = next;
      continue;
    }
    // "50 million three years earlier": another number starts
    if (STOP.has(lower) || VERBS.has(lower) || NUMBER_WORDS.has(lower)) break;
    // ("Boeing", "Reading" are names, not participles)
    const participle = /(ed|ing)$/.test(last) && !isPluralNoun(last) && !IRREGULAR_PLURALS.has(last) && !/^\p{Lu}/u.test(word);
    if (participle) {
      const [after] = compound(tokens, next);
      const nounFollows = !!after && !STOP.has(after.toLowerCase()) && !VERBS.has(after.toLowerCase());
      if (words.length > 0 || !nounFollows) break; // "30,000 people uprooted by", "52 wounded in"
    }
    words.push(word);
    head = word;
    end = next - 1;
    j = next;
    if (isPluralNoun(last) || (money && words.length === 1)) {
      // "munitions attacks": a plural noun used as a modifier runs on into the real head
      const [after] = compound(tokens, next);
      const afterLower = after?.toLowerCase() ?? '';
      if (!after || !isPluralNoun(afterLower) || /^\p{Lu}/u.test(after) || IRREGULAR_PLURALS.has(afterLower)) break;
    }
  }
  return { np: words.join(' '), head: head.split('-').pop() ?? head, end };
}

/** The word at `j` with glued hyphens joined ("ex-Nusra"), and the index after it. */
function compound(tokens: Token[], j: number): [string | null, number] {
  if (!isWord(tokens[j])) return [null, j];
  let word = (tokens[j] as Token).text;
  let k = j + 1;
  while (tokens[k]?.text === '-' && glued(tokens[k]) && isWord(tokens[k + 1]) && glued(tokens[k + 1])) {
    word += '-' + (tokens[k + 1] as Token).text;
    k += 2;
  }
  return [word, k];
}
