// Content-word stems, the terms that summaries, quotes and figures match topics and measure overlap with.
import { wordTokens } from '../core/normalize.ts';

const STOP = new Set(
  ('a an the of to in on at by for from with into onto over under about as and or but nor than that which who whom whose ' +
    'is are was were be been being has have had do does did will would can could may might must should shall ' +
    'it its he she they them their his her him we us our i you your this these those there here not no so such also ' +
    'said says say told tells according after before while when where since until up down out off if then than some any all ' +
    'more most other only very own same just one two mr mrs ms')
    .split(' '),
);

/** "fighters" and "fighter", "trapped" and "trap" share a stem: a crude suffix strip is enough for overlap. */
export function stem(word: string): string {
  return word
    .replace(/['’]s$/, '')
    .replace(/(ies)$/, 'y')
    .replace(/(ing|ed|es|s)$/, '')
    .slice(0, 12);
}

export function contentTerms(text: string): string[] {
  return wordTokens(text).filter(isContentWord).map(stem);
}

/** Whether a lower-case word token counts in `contentTerms` (not a stop word, a bare number or one letter). */
export function isContentWord(word: string): boolean {
  return !STOP.has(word) && !/^\d+$/.test(word) && word.length > 1;
}
