// Who wrote a message that "reads" a quote: the subject of an earlier sentence that sent, issued or
// posted things of that kind.
//   "The government also sent text messages to the mobile phones ..." + "read one message"
//     -> "government (text message)"

import { AUXILIARIES, SENDING_VERBS } from './lexicon.ts';
import { parseMention } from './05-parse-mention.ts';
import { joinTokens, tokenize } from './tokens.ts';

const singular = (word: string): string => word.replace(/(?<=[^s])s$/, '');

export function findSender(sentences: readonly { text: string; at: number }[], head: string, at: number): string | null {
  for (let s = sentences.length - 1; s >= 0; s--) {
    const sentence = sentences[s];
    if (!sentence || sentence.at > at) continue;
    const tokens = tokenize(sentence.text);
    for (let v = 1; v < tokens.length; v++) {
      if (!SENDING_VERBS.has(tokens[v]?.key ?? '')) continue;
      const object = tokens.slice(v + 1, v + 5);
      const end = object.findIndex((t) => singular(t.key) === singular(head));
      if (end < 0) continue;
      let stop = v;
      while (stop > 0 && AUXILIARIES.has(tokens[stop - 1]?.key ?? '')) stop--;
      const subject = parseMention(joinTokens(tokens.slice(0, stop)));
      const who = subject?.name ?? subject?.descriptor;
      if (!who) continue;
      const what = object.slice(0, end + 1).filter((t) => !/^(a|an|the|some|several|many)$/.test(t.key));
      return `${who} (${what.map((t) => singular(t.key)).join(' ')})`;
    }
  }
  return null;
}
