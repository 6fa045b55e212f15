// What the user asked for, from the words they typed after /aleppo or @bot: a command word
// ("quotes de Mistura", "figures trapped") or a plain question ("what did de Mistura say about Nusra",
// "how many people are trapped?"), which is routed by its words.

export type Intent =
  | { kind: 'help'; reason: string | null }
  | { kind: 'summary'; topic: string | null }
  | { kind: 'quotes'; speaker: string | null; about: string | null }
  | { kind: 'figures'; topic: string | null }
  | { kind: 'sources' }
  | { kind: 'search'; query: string };

const COMMANDS: [RegExp, (rest: string) => Intent][] = [
  [/^(help|\?|commands|usage)$/, () => ({ kind: 'help', reason: null })],
  [/^(summary|summarise|summarize|sum up|overview|brief|briefing|digest|news|latest)$/, (rest) => ({ kind: 'summary', topic: rest || null })],
  [/^(quotes?|quoted|said|says)$/, (rest) => ({ kind: 'quotes', ...speakerAndTopic(rest) })],
  [/^(figures?|numbers?|stats|statistics|counts?|tolls?)$/, (rest) => ({ kind: 'figures', topic: rest || null })],
  [/^(sources?|outlets?|articles?|wording|framing|syndication)$/, () => ({ kind: 'sources' })],
  [/^(search|find|grep|look up|lookup)$/, (rest) => (rest ? { kind: 'search', query: rest } : { kind: 'help', reason: 'search needs words to look for' })],
];

const QUESTIONS: [RegExp, (match: RegExpMatchArray) => Intent][] = [
  // "what did de Mistura say about Nusra", "what has the UN envoy said"
  [/^(?:what|anything)\s+(?:did|does|has|have|do)\s+(.+?)\s+(?:say|said|tell|told|claim|claimed|warn|warned)(?:\s+(?:about|on|regarding)\s+(.+))?$/, (m) => ({ kind: 'quotes', speaker: m[1] ?? null, about: m[2] ?? null })],
  // "who said ...": the words are what to look for in the quotes
  [/^who\s+(?:said|says|warned|claimed)\s+(.+)$/, (m) => ({ kind: 'quotes', speaker: null, about: m[1] ?? null })],
  // "quotes by Assad", "quotes from the army"
  [/^(?:show\s+)?quotes?\s+(?:by|from|of)\s+(.+)$/, (m) => ({ kind: 'quotes', ...speakerAndTopic(m[1] ?? '') })],
  // "how many people are trapped", "how much aid", "what is the death toll", "number of displaced"
  [/^how\s+(?:many|much)\s+(.+)$/, (m) => ({ kind: 'figures', topic: m[1] ?? null })],
  [/^(?:what(?:'s| is| are)\s+)?(?:the\s+)?(death toll|toll|number of .+|numbers? on .+|figures? (?:on|for|about) .+)$/, (m) => ({ kind: 'figures', topic: (m[1] ?? '').replace(/^(?:number of|numbers? on|figures? (?:on|for|about))\s+/, '') || null })],
  // "what happened", "what's new about the corridors", "tell me about the amnesty"
  [/^(?:what(?:'s| is)\s+(?:new|happening|going on)|what happened|tell me|give me (?:a|the) (?:summary|rundown))(?:\s+(?:about|on|in|with)\s+(.+))?$/, (m) => ({ kind: 'summary', topic: m[1] ?? null })],
  [/^(?:tell me|what about)\s+(?:about\s+)?(.+)$/, (m) => ({ kind: 'summary', topic: m[1] ?? null })],
  [/^(?:which|what)\s+(?:sources|outlets)\b.*$/, () => ({ kind: 'sources' })],
];

export function routeQuery(input: string): Intent {
  const text = input
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?!.]+$/, '')
    .trim();
  if (!text) return { kind: 'help', reason: null };
  const words = text.split(' ');
  // two-word commands first: "sum up", "look up"
  for (const take of [2, 1]) {
    const head = words.slice(0, take).join(' ').toLowerCase();
    const command = words.length >= take ? COMMANDS.find(([pattern]) => pattern.test(head)) : undefined;
    if (command) return command[1](words.slice(take).join(' '));
  }
  for (const [pattern, build] of QUESTIONS) {
    const match = new RegExp(pattern.source, 'i').exec(text);
    if (match) return build(match);
  }
  return { kind: 'search', query: text };
}

/** "de Mistura about Nusra" -> speaker "de Mistura", about "Nusra". */
function speakerAndTopic(rest: string): { speaker: string | null; about: string | null } {
  const [speaker, about] = rest.split(/\s+(?:about|on|regarding)\s+/i);
  return { speaker: speaker?.trim() || null, about: about?.trim() || null };
}
