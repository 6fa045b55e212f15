// Shorter wordings of a summary sentence. Every cut removes whole words and keeps the rest in order, so
// that each article carrying the sentence still carries every word of the shortened one.
//   compressSentence: cuts a reader never misses (a connective, a wire credit, an appositive);
//   compressions:     that wording and the ones without each optional clause, for the selection to weigh
//                     (a trailing clause can hold the one fact the summary lacks).

/** "However, rebels said" */
const CONNECTIVE = /^(?:however|meanwhile|but|and|still|yet|also|moreover|furthermore|in addition|instead),? +/i;
/** "Speaking to Danish television, Assad said" / "Earlier this week, the Syrian army said" */
const SCENE_OPENER = /^(?:speaking|talking|writing|asked|earlier|later) [^,"“”]{1,50}, (?=\S)/i;
/** "..., Reuters reported." / "..., the state Sana news agency reported." */
const WIRE_CREDIT = /, (?:the )?[^,"“”]{0,40}\b(?:reuters|agency|AP|AFP|associated press|al jazeera)\b reported\.$/iu;
/** "A U.S. official, speaking on condition of anonymity, said" */
const ANONYMITY = /, speaking on (?:the )?condition of anonymity,/i;
/**
 * "Zakaria Malahifji, a Turkey-based official for the Fastaqim group which is present in Aleppo, told Reuters",
 * but not "on Sunday, a monitor said, as ...": no appositive after a preposition, none that says who said it.
 */
const APPOSITIVE =
  /(?<!\b(?:on|in|at|of|for|from|to|by|since|until|before|after) )(\b[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*)*), (?:a|an|the|who|which) (?![^,]*\b(?:said|says|told|reported)\b)[^,"“”()]{3,90}, (?=(?!(?:a|an|the)\b)[a-z])/gu;

export function compressSentence(text: string): string {
  let out = text.replace(APPOSITIVE, '$1 ').replace(SCENE_OPENER, '').replace(ANONYMITY, '');
  // "(or)" is left alone inside a quotation
  if (!/["“”]/.test(out)) out = out.replace(/ \([^()]{1,40}\)/g, '');
  out = out.replace(WIRE_CREDIT, '.').replace(CONNECTIVE, '');
  return capitalize(out, text);
}

// Words ending in -ing that do not open a participial clause.
const NOT_PARTICIPLES = 'during|according|morning|evening|nothing|something|anything|everything|building|meeting|ceiling|spring|string|king|thing';
// A clause running to the end of the sentence, outside any quotation: it ends the sentence with a full stop.
const TO_END = `[^"“”;:]+(?=\\.$)`;

/** Clauses a summary can do without, each removable on its own. */
const OPTIONAL: RegExp[] = [
  // "..., vowing to press on with the assault." / "..., citing the heavy civilian toll from air strikes."
  new RegExp(`, (?!(?:${NOT_PARTICIPLES})\\b)[a-z]{3,}ing\\b${TO_END}`),
  // "..., as Assad vowed to retake Aleppo."
  new RegExp(`, as (?!(?:well|much|many|long|soon|of|a result|part)\\b)${TO_END}`),
  // "..., where hospitals have been repeatedly bombed out of operation."
  new RegExp(`, (?:where|which|who|whose|while|when|whom)\\b${TO_END}`),
  // "..., 18,000 of them leaving to government-held areas, a further 8,500 going to ..."
  new RegExp(`, (?:[\\d,.]+|some|many|most|all|half|none|one|two|three) of (?:them|whom|which)\\b${TO_END}`),
  // "the war, which began in 2011, has killed"
  /, which [^,"“”;:]{3,80},(?= [a-z])/,
  // "In another blow to the fighters, the head of ..." / "Under relentless attack, the fighters ..."
  /^(?:in|on|at|with|under|since|after|before|amid|despite|following|during) [^,"“”]{3,60}, (?=[\p{L}"“])/iu,
];

/** The sentence (with the cuts every summary makes) and its wordings without any subset of optional clauses. */
export function compressions(text: string): string[] {
  const base = compressSentence(text);
  const spans: [number, number][] = [];
  for (const pattern of OPTIONAL) {
    const match = pattern.exec(base);
    if (match) spans.push([match.index, match.index + match[0].length]);
  }
  // overlapping clauses ("..., as X, citing Y.") are tried one at a time, never together
  const variants = new Set([base]);
  for (let mask = 1; mask < 1 << spans.length; mask++) {
    const chosen = spans.filter((_, i) => mask & (1 << i)).sort((a, b) => a[0] - b[0]);
    if (chosen.some((span, i) => i > 0 && span[0] < (chosen[i - 1] as [number, number])[1])) continue;
    let out = base;
    for (const [start, end] of [...chosen].reverse()) out = out.slice(0, start) + out.slice(end);
    variants.add(capitalize(out, text));
  }
  return [...variants];
}

function capitalize(out: string, original: string): string {
  return out === original ? original : out.charAt(0).toUpperCase() + out.slice(1);
}
