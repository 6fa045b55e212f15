// The commands a briefing answers, for every renderer's help.

export function helpLines(command: string): [string, string][] {
  return [
    [`${command} summary [topic]`, 'a cited summary of the briefing, or of one topic in it'],
    [`${command} quotes <speaker>`, "a speaker's direct quotes, with the outlets that carried them"],
    [`${command} figures [topic]`, 'the numbers, who claims them, and where sources disagree'],
    [`${command} sources`, 'the articles, the wire copy they share and the words they changed'],
    [`${command} search <words>`, 'sentences that mention the words'],
    [`${command} <question>`, 'e.g. "what did de Mistura say", "how many people are trapped?"'],
  ];
}
