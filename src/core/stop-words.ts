// Words too common to tell what a text is about: left out of the content terms that summaries, quotes and
// figures match topics with (answer/term-vectors.ts), and out of a search that has other words.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the of to in on at by for from with into onto over under about as and or but nor than that which who whom whose ' +
    'is are was were be been being has have had do does did will would can could may might must should shall ' +
    'it its he she they them their his her him we us our i you your this these those there here not no so such also ' +
    'said says say told tells according after before while when where since until up down out off if then than some any all ' +
    'more most other only very own same just one two mr mrs ms')
    .split(' '),
);
