// The parts of a news sentence a summary can cut, as patterns over its text. Each cut removes whole words
// and keeps the rest in order; none reaches into a quotation (summary-compress.ts checks).
//   ALWAYS_CUT: what a reader never misses (a connective, a wire credit, a weekday, an appositive);
//   OPTIONAL_CUT: clauses that carry detail, each removable on its own, for the selection to weigh
//                 (a trailing clause can hold the one fact the summary lacks).

/** A cut: the matched text goes, `keep` (a replacement made of the match's own first words) stays. */
export interface Cut {
  pattern: RegExp;
  keep?: string;
  /** A test of where the match starts that a pattern cannot afford to make (a look-behind of any length). */
  where?: (text: string, start: number) => boolean;
}

// Words ending in -ing that do not open a participial clause.
// "referring to the timeframe for taking back the whole city" says what a quote was about: it stays.
const NOT_PARTICIPLES = 'during|according|referring|morning|evening|nothing|something|anything|everything|building|meeting|ceiling|spring|string|king|thing|bring|sing';
// A clause running to the end of the sentence: it ends the sentence with a full stop.
const TO_END = `[^"“”;:]+(?=\\.$)`;
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const PREPOSITION = 'on|in|at|of|for|from|to|by|since|until|before|after|with|into|near|under';
// After an inserted phrase, the sentence goes on with its verb: ", has vowed", not ", and Lebanon" (a list).
const VERB_NEXT = '(?= (?!(?:and|or|but|nor)\\b)[a-z])';
/** A clause of its own before the match: four words or more since the last comma, so not "Iran, Iraq, and Lebanon". */
function afterClause(text: string, start: number): boolean {
  const from = Math.max(text.lastIndexOf(',', start - 1), text.lastIndexOf(';', start - 1), text.lastIndexOf(':', start - 1)) + 1;
  return text.slice(from, start).trim().split(/\s+/).length >= 4;
}

export const ALWAYS_CUT: Cut[] = [
  // "Zakaria Malahifji, a Turkey-based official for the Fastaqim group which is present in Aleppo, told Reuters",
  // but not "on Sunday, a monitor said, as ...": no appositive after a preposition, none that says who said it
  {
    pattern: new RegExp(
      `(?<!\\b(?:${PREPOSITION}) )(\\b[A-Z][\\p{L}.'’-]*(?: [A-Z][\\p{L}.'’-]*)*), (?:a|an|the|who|which) (?![^,]*\\b(?:said|says|told|reported)\\b)[^,"“”()]{3,90}, (?=(?!(?:a|an|the)\\b)[a-z])`,
      'gu',
    ),
    keep: '$1 ',
  },
  // "Speaking to Danish television, Assad said" / "Earlier this week, the Syrian army said"
  { pattern: /^(?:speaking|talking|writing|asked|earlier|later) [^,"“”]{1,50}, (?=\S)/i },
  // "A U.S. official, speaking on condition of anonymity, said"
  { pattern: /, speaking on (?:the )?condition of anonymity,/gi },
  // "the rebels (or fighters)": a parenthesis is an aside
  { pattern: / \([^()]{1,40}\)/g },
  // "..., Reuters reported." / "..., the state Sana news agency reported."
  { pattern: /, (?:the )?[^,"“”]{0,40}\b(?:reuters|agency|AP|AFP|associated press|al jazeera)\b reported(?=\.$)/iu },
  // "Army spokesman Brig. Gen. Samir Suleiman": the name and the role say who; the rank is detail
  { pattern: / (?:Brig|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Adm|Cmdr)\.(?= [A-Z])/g },
  // "However, rebels said"
  { pattern: /^(?:however|meanwhile|but|and|still|yet|also|moreover|furthermore|in addition|instead),? +/i },
  // "said that the relentless ... bombardments could result": "that" adds nothing after a verb of saying
  { pattern: /(?<=\b(?:said|says|told \p{Lu}\p{L}+|added|warned|estimates|estimated)) that(?= )/gu },
  // "issued through a decree on Thursday", "said late on Sunday": the day names when, a summary says what
  { pattern: new RegExp(`(?<=\\p{L}) (?:late |early )?on (?:${WEEKDAY})(?: (?:night|morning|evening))?\\b(?! (?:and|or)\\b)`, 'giu') },
];

export const OPTIONAL_CUT: Cut[] = [
  // "..., vowing to press on with the assault." / "..., citing the heavy civilian toll from air strikes."
  { pattern: new RegExp(`, (?!(?:${NOT_PARTICIPLES})\\b)[a-z]{3,}ing\\b${TO_END}`) },
  // "..., as Assad vowed to retake Aleppo."
  { pattern: new RegExp(`, as (?!(?:well|much|many|long|soon|of|a result|part|in)\\b)${TO_END}`) },
  // "..., where hospitals have been repeatedly bombed out of operation."
  { pattern: new RegExp(`, (?:where|which|who|whose|while|whereas|when|whom)\\b${TO_END}`) },
  // "..., 18,000 of them leaving to government-held areas, a further 8,500 going to ..."
  { pattern: new RegExp(`, (?:[\\d,.]+|some|many|most|all|half|none|one|two|three) of (?:them|whom|which)\\b${TO_END}`) },
  // "..., but they said heavy fighting continued on the frontlines." / "..., and more than 12 million have lost
  // their homes.": a second clause; ", and Lebanon." is the end of a list, not a clause
  { pattern: new RegExp(`, (?:but|and|while|though|although) (?=(?:\\S+ ){3})${TO_END}`), where: afterClause },
  // "... out of the city to try to bring an end to bombardment." / "... in a bid to break the siege."
  { pattern: new RegExp(` (?:to try|in (?:an? )?(?:effort|bid|attempt|order)|so as) to ${TO_END}`) },
  // "the war, which began in 2011, has killed" / "Russia, whose air force has helped the government, said"
  { pattern: new RegExp(`, (?:which|who|whose) [^,"“”;:]{3,80},${VERB_NEXT}`, 'g') },
  // "Assad regime, backed by Russia, said" / "The Syrian army, backed on the ground by an array of militias
  // including Shiite groups from Iraq, Iran and Lebanon, has vowed": a participle phrase before the verb
  { pattern: new RegExp(`, [a-z]{3,}(?:ed|en) (?:${PREPOSITION}|as)\\b[^"“”;:]{3,100}?,${VERB_NEXT}`, 'g') },
  // "In another blow to the fighters, the head of ..." / "Under relentless attack, the fighters ..."
  { pattern: /^(?:in|on|at|with|under|since|after|before|amid|despite|following|during) [^,"“”]{3,60}, (?=[\p{L}"“])/iu },
];

/**
 * Where a sentence holds a second clause that reads alone, from its subject on: the wording that starts there
 * is offered too. "Syrian President Bashar al Assad has offered an amnesty to rebels, as Russia pledged to open
 * humanitarian corridors around the besieged city of Aleppo." -> "Russia pledged to open humanitarian ...".
 * After "and" or "but" the clause must open with a subject that names someone ("..., but the army said"),
 * not a verb ("... and denounced the amnesty offer") or a bare count ("..., and more than 12 million have
 * lost their homes": of whom?).
 */
export const SPLIT_AT: Cut[] = [
  { pattern: /, (?:as|while|whereas) (?!(?:well|much|many|long|soon|of|a|an|result|part|in|if|though|such)\b)(?=[\p{L}\d])/gu },
  { pattern: /, (?:and|but) (?=[A-Z]|(?:the|a|an|its|his|her|their)\b)/gu, where: afterClause },
  { pattern: /; (?=[\p{L}\d])/gu },
];
