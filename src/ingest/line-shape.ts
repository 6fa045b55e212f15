// Small tests of what a line looks like, shared by the steps that join lines and find headlines.

/** Ends like a sentence: "...deception." / "...surrender.”" / "...days”)." */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text);
}

export function startsLowercase(text: string): boolean {
  return /^["'“‘(]?\p{Ll}/u.test(text);
}

// Words a sentence cannot end on: "... militants wishing to" / "... said Staffan de"
const DANGLING = new Set(
  ('a an the of to in on at by for from with into onto over under about as and or but nor than that which who whom whose ' +
    'said says told tells is are was were be been has have had will would can could may might must should not de al el la le van von bin')
    .split(' '),
);

export function endsMidSentence(text: string): boolean {
  if (/[,;:\-–—“‘"(]$/.test(text)) return true;
  const last = /(\p{L}+)\W*$/u.exec(text)?.[1]?.toLowerCase();
  return last !== undefined && DANGLING.has(last);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
