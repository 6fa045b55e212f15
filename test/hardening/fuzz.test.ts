// Random input against the command parser, the router and the renderers: never a throw, never a
// message over Slack's limits, never a special sequence (<!here>, <@U123>, <http://x|y>) echoed raw.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer-types.ts';
import { routeQuery } from '../../src/answer/route-query.ts';
import { loadBriefings } from '../../src/config/load-briefings.ts';
import { parseLocalLine } from '../../src/local/parse-local-line.ts';
import { blockKitProblems } from '../../src/render/block-kit-limits.ts';
import type { BlockMessage } from '../../src/render/block-kit-types.ts';
import { renderBlocks } from '../../src/render/render-blocks.ts';
import { renderText } from '../../src/render/render-text.ts';
import { renderReply } from '../../src/slack/render-reply.ts';
import { replyToCommand, replyToMention } from '../../src/slack/reply-to-message.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';
import type { TempBriefing } from '../helpers/temp-store.ts';

export const FUZZ_RUNS = 10_000;

// the pieces hostile or careless input is made of
const SLACK_SYNTAX = ['<!here>', '<!channel>', '<!everyone>', '<@U123>', '<#C123|general>', '<http://x|y>', '<mailto:a@b.c|mail>', '&', '&amp;', '&lt;'];
const MRKDWN = ['*', '_', '~', '`', '```', '>', '•', '\n', '\r\n', '\t'];
const WORDS = ['summary', 'quotes', 'figures', 'sources', 'search', 'help', 'de Mistura', 'trapped', 'how many', 'what did', 'say about', '@bot', '/aleppo', 'Assad'];
const piece = fc.oneof(
  fc.constantFrom(...SLACK_SYNTAX, ...MRKDWN, ...WORDS, ''),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
);
const hostileText = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 3000, maxLength: 10_000 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...SLACK_SYNTAX), { minLength: 500, maxLength: 1500 }).map((parts) => parts.join('')) },
);

// inside generated answers most texts are short, so that 10,000 answers stay quick to render; the
// long and syntax-heavy ones come through the query, the briefing name and the first item
const inner = fc.oneof({ weight: 20, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(' ')) }, { weight: 1, arbitrary: hostileText });

/** Every text Slack would read as mrkdwn: section and context texts and the fallback. */
function mrkdwnTexts(message: BlockMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks) {
    if (block.type === 'section') texts.push(block.text.text);
    if (block.type === 'context') texts.push(...block.elements.map((element) => element.text));
  }
  return texts;
}

function expectSafe(message: BlockMessage): void {
  expect(blockKitProblems(message)).toEqual([]);
  // escaped text has no raw "<": nothing can be a ping, a channel link or a link
  for (const text of mrkdwnTexts(message)) expect(text).not.toMatch(/<[!@#]|<https?:|<mailto:/);
}

describe('fuzzing the parser and router', () => {
  it(`routes ${FUZZ_RUNS} random inputs without a throw`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const intent = routeQuery(text);
        expect(intent.kind).toMatch(/^(help|summary|quotes|figures|sources|search)$/);
        parseLocalLine(text);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('fuzzing the renderers', () => {
  const citation = fc.record({ file: inner, outlet: fc.option(inner), title: fc.option(inner) });
  const answer: fc.Arbitrary<Answer> = fc.oneof(
    fc.record({ kind: fc.constant('summary' as const), briefing: hostileText, topic: fc.option(inner), words: fc.nat(), sentences: fc.array(fc.record({ text: inner, sources: fc.array(citation, { maxLength: 6 }) }), { maxLength: 30 }) }),
    fc.record({ kind: fc.constant('search' as const), briefing: inner, query: hostileText, hits: fc.array(fc.record({ segments: fc.array(fc.record({ text: inner, match: fc.boolean() }), { maxLength: 5 }), sources: fc.array(citation, { maxLength: 4 }) }), { maxLength: 40 }) }),
    fc.record({
      kind: fc.constant('quotes' as const), briefing: inner, query: fc.option(inner), about: fc.option(inner),
      speaker: fc.option(fc.record({ name: inner, aliases: fc.array(inner, { maxLength: 3 }), via: fc.constantFrom('name' as const, 'alias' as const, 'fuzzy' as const) })),
      quotes: fc.array(fc.record({ text: inner, speaker: fc.option(inner), sources: fc.array(citation, { maxLength: 4 }), variants: fc.array(fc.record({ text: inner, sources: fc.array(citation, { maxLength: 2 }) }), { maxLength: 2 }) }), { maxLength: 30 }),
      suggestions: fc.array(inner, { maxLength: 3 }), known: fc.array(inner, { maxLength: 30 }),
    }),
    fc.record({
      kind: fc.constant('figures' as const), briefing: inner, topic: fc.option(inner),
      groups: fc.array(fc.record({ topic: inner, disagree: fc.boolean(), rows: fc.array(fc.record({ value: fc.double({ noNaN: true }), high: fc.option(fc.double({ noNaN: true })), unit: inner, approx: inner, qualifier: fc.option(inner), kind: fc.constantFrom('count', 'percent', 'money', 'duration'), claimant: inner, text: inner, sources: fc.array(citation, { maxLength: 3 }) }), { maxLength: 8 }) }), { maxLength: 12 }),
    }),
    fc.record({ kind: fc.constant('help' as const), briefing: inner, command: inner, reason: fc.option(inner) }),
  );

  it(`renders ${FUZZ_RUNS} random answers within Slack's limits, escaped, and as text`, () => {
    fc.assert(
      fc.property(answer, fc.nat({ max: 5 }), hostileText, (generated, page, words) => {
        expectSafe(renderBlocks(generated, { page, request: { briefing: 'aleppo', text: words, shareable: true } }));
        expect(typeof renderText(generated)).toBe('string');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, 120_000);
});

describe('fuzzing the whole path on the seed briefing', () => {
  let temp: TempBriefing;
  beforeAll(() => {
    temp = ingestedSeeds();
  });
  afterAll(() => temp.cleanup());

  it('answers random commands and mentions safely, with nothing but the store’s own text', () => {
    const briefings = loadBriefings(new URL('../../briefings', import.meta.url).pathname);
    const deps = { store: temp.store, briefings };
    const fold = (text: string) => text.replace(/\s+/g, ' ');
    const articles = temp.store.articles('aleppo').map((a) => fold(temp.store.article('aleppo', a.file)?.text ?? ''));
    const inStore = (text: string) => articles.some((article) => article.includes(fold(text).trim()));
    // a summary sentence may be shortened (and closed with a full stop), or be a clause split off a
    // sentence (its first letter capitalised), so its words must stand in a stored article in order
    const inOrder = (words: string[]) =>
      articles.some((article) => {
        let at = 0;
        return words.every((word) => (at = article.indexOf(word, at)) >= 0 && (at += word.length) > 0);
      });
    const wordsInOrder = (text: string) => {
      const words = text.split(' ').map((word) => word.replace(/[.,;:]+$/, '')).filter(Boolean);
      const [first = '', ...rest] = words;
      return inOrder(words) || inOrder([first.charAt(0).toLowerCase() + first.slice(1), ...rest]);
    };
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, mention) => {
        const reply = mention ? replyToMention(deps, `<@U0BOT> ${text}`, { channelId: 'C0TEST', channelName: null }) : replyToCommand(deps, '/aleppo', text);
        expectSafe(renderReply(reply, { shareable: !mention }));
        if (reply.kind !== 'answer') return;
        const { answer } = reply;
        if (answer.kind === 'search') for (const hit of answer.hits) expect(inStore(hit.segments.map((s) => s.text).join(''))).toBe(true);
        if (answer.kind === 'quotes') for (const quote of answer.quotes) expect(inStore(quote.text)).toBe(true);
        if (answer.kind === 'figures') for (const row of answer.groups.flatMap((g) => g.rows)) expect(inStore(row.text)).toBe(true);
        if (answer.kind === 'summary') for (const sentence of answer.sentences) expect(wordsInOrder(sentence.text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
