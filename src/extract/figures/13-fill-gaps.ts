// Step 13: what a figure leaves to the words around it. A noun left out is the one counted just
// before: "10 people were killed and 52 wounded", "450.000 Syrians ... and more than 12 million have
// lost their homes", "Many ex-Nusra fighters left ... and no more than 900 remain". A hedge said once
// covers a restatement: "a maximum of two months, two and a half months".
import { isWord, type Token } from './02-tokenize.ts';
import type { Candidate } from './11-read-sentence.ts';
import type { Figure } from './types.ts';
import { isPluralNoun } from './word-classes.ts';

/** The verb just before the number (and its hedge) says people were counted. */
const CASUALTY_VERB = /\b(kill(s|ed)?|injur(es|ed)|wound(s|ed)|evacuat(es|ed)|rescu(es|ed)|displac(es|ed))( (at least|more than|about|nearly|some|over|up to|as many as))?$/;
const TIME_WORDS = /^(seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;

/** Fills `figures` (one per candidate, same order) in place; `earlier` are the article's figures so far. */
export function fillGaps(figures: Figure[], candidates: Candidate[], tokens: Token[], earlier: Figure[]): void {
  figures.forEach((figure, i) => {
    const c = candidates[i] as Candidate;
    if (c.unit.elided) {
      const sibling = figures.findLast((f, k) => k < i && f.kind === 'count' && f.unit);
      // "10 people were killed and 52 wounded in ... Aleppo city on Thursday": the two share the place and day
      if (sibling) {
        const scope = [...new Set([...sibling.scope, ...figure.scope])];
        sibling.scope = scope;
        figure.scope = scope;
      }
      const inherited = sibling?.unit
        // "the death toll from Monday's earthquake rose to at least 1,200": deaths
        ?? (/\btoll\b/.test(c.context.before) ? 'deaths' : null)
        // "Kenya dam burst kills at least 42 as floods batter East Africa": people
        ?? (CASUALTY_VERB.test(c.context.before) ? 'people' : null)
        ?? (c.unit.part ? null : nearestPlural(tokens, c.first))
        ?? (c.unit.np ? 'people' : null) // "2000 injured": people
        ?? earlier.findLast((f) => f.kind === 'count' && f.unit && f.sentence >= figure.sentence - 1)?.unit
        ?? '';
      figure.unit = inherited;
      figure.what = [inherited, figure.what].filter(Boolean).join(' ');
    }
    const previous = figures[i - 1];
    const previousCandidate = candidates[i - 1];
    // "a maximum of two months, two and a half months"
    if (!c.qualifier && previous && previousCandidate && previous.unit === figure.unit && c.first === previousCandidate.last + 2 && /^(,|or)$/.test(tokens[c.first - 1]?.lower ?? '')) {
      figure.approx = previous.approx;
      figure.qualifier = previous.qualifier;
    }
  });
}

/** The plural noun nearest before token `at` in the sentence: "Many ex-Nusra fighters left ... 900 remain" -> "fighters". */
function nearestPlural(tokens: Token[], at: number): string | null {
  // "wildfire forces 12.000 from their homes": the word just before is the verb taking the number
  for (let k = at - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isWord(t) && isPluralNoun(t.lower) && !TIME_WORDS.test(t.lower) && !t.capital && !/(ed|ing)$/.test(t.lower)) return t.text;
  }
  return null;
}
