// Content-word stems, the terms that summaries, quotes and figures match topics and measure overlap with.
import { wordTokens } from '../core/normalize.ts';
import { STOP_WORDS } from '../core/stop-words.ts';


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
  return !STOP_WORDS.has(word) && !/^\d+$/.test(word) && word.length > 1;
}
