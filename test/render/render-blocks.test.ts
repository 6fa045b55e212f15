// Every answer the seeds give, for every kind of command, rendered page by page within Block Kit's limits.
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer-query.ts';
import type { Answer } from '../../src/answer/answer-types.ts';
import { decodeAnswerRequest, MORE_ACTION, SHARE_ACTION } from '../../src/render/block-kit-actions.ts';
import { answerItems } from '../../src/render/block-kit-items.ts';
import { blockKitProblems, LIMITS } from '../../src/render/block-kit-limits.ts';
import type { Block } from '../../src/render/block-kit-types.ts';
import { renderBlocks } from '../../src/render/render-blocks.ts';
import { ingestedSeeds } from '../helpers/seed-store.ts';

const seeds = ingestedSeeds();
afterAll(() => seeds.cleanup());

const ask = (text: string) => answerQuery({ store: seeds.store, briefing: 'aleppo', command: '/aleppo' }, text);

// one or more of every route in src/answer/route-query.ts, plus input it does not understand
const COMMANDS = [
  '',
  'help',
  'summary',
  'summary corridors',
  'summary zebras',
  'quotes',
  'quotes de Mistura',
  'quotes de Mistra',
  'quotes Nobody Atall',
  'what did de Mistura say about Nusra',
  'who said surrender',
  'figures',
  'figures trapped',
  'how many people are trapped?',
  'what is the death toll',
  'sources',
  'which outlets',
  'search Aleppo',
  'search the',
  'search zzzz',
  'search',
  'tell me about the amnesty',
  'corridors',
  '<!channel> & <@U0BOSS>',
];

const request = (text: string) => ({ briefing: 'aleppo', text, shareable: true });
const sections = (blocks: Block[]) => blocks.flatMap((block) => (block.type === 'section' ? [block.text.text] : []));
const buttons = (blocks: Block[]) => blocks.flatMap((block) => (block.type === 'actions' ? block.elements : []));

describe('renderBlocks over the seed briefing', () => {
  it.each(COMMANDS)('"/aleppo %s" stays within every Block Kit limit on every page', (text) => {
    const answer = ask(text);
    const first = renderBlocks(answer, { request: request(text) });
    for (let page = 0; page < first.pages; page++) {
      const rendered = renderBlocks(answer, { page, request: request(text) });
      expect(rendered.page).toBe(page);
      expect(blockKitProblems(rendered)).toEqual([]);
    }
  });

  it.each(COMMANDS)('"/aleppo %s" shows every item once across its pages', (text) => {
    const answer = ask(text);
    const { pages } = renderBlocks(answer);
    const shown = Array.from({ length: pages }, (_, page) => sections(renderBlocks(answer, { page }).blocks)).flat();
    expect(shown).toEqual(answerItems(answer).items);
  });

  it('covers every answer kind the core gives', () => {
    const kinds = new Set(COMMANDS.map((text) => ask(text).kind));
    expect([...kinds].sort()).toEqual(['figures', 'help', 'quotes', 'search', 'sources', 'summary']);
  });

  it('offers More on every page but the last, each pointing at the next page, and Share on all', () => {
    const answer = ask('search Aleppo');
    const { pages } = renderBlocks(answer);
    expect(pages).toBeGreaterThan(1);
    for (let page = 0; page < pages; page++) {
      const controls = buttons(renderBlocks(answer, { page, request: request('search Aleppo') }).blocks);
      const more = controls.find((button) => button.action_id === MORE_ACTION);
      expect(controls.some((button) => button.action_id === SHARE_ACTION)).toBe(true);
      if (page + 1 < pages) expect(decodeAnswerRequest(more?.value)?.page).toBe(page + 1);
      else expect(more).toBeUndefined();
    }
  });

  it('shows the last page for a page past the end (the briefing may have shrunk since the click)', () => {
    const answer = ask('search Aleppo');
    const { pages } = renderBlocks(answer);
    expect(renderBlocks(answer, { page: pages + 5 }).page).toBe(pages - 1);
  });

  it('has no buttons without a request, and a text fallback always', () => {
    const rendered = renderBlocks(ask('summary'));
    expect(buttons(rendered.blocks)).toEqual([]);
    expect(rendered.text).toBe('Summary of aleppo');
  });
});

describe('renderBlocks on hostile and oversized answers', () => {
  const citation = { file: '009_<!here>.txt', outlet: 'The <!channel> & Co', title: null };

  it('escapes article text, citations and the topic, so nothing can ping or link', () => {
    const answer: Answer = {
      kind: 'summary',
      briefing: 'aleppo',
      topic: '<@U0BOSS>',
      words: 12,
      sentences: [{ text: 'Rebels said <!channel> and <https://evil.example|click> & more.', sources: [citation] }],
    };
    const rendered = renderBlocks(answer, { request: request('summary <@U0BOSS>') });
    const shown = JSON.stringify([rendered.text, rendered.blocks], (key, value: unknown) => (key === 'value' ? undefined : value));
    expect(shown).not.toMatch(/<[!@#]|<https?:/);
    expect(sections(rendered.blocks)[0]).toBe('• Rebels said &lt;!channel&gt; and &lt;https://evil.example|click&gt; &amp; more. _[The &lt;!channel&gt; &amp; Co (009_&lt;!here&gt;)]_');
    expect(rendered.text).toBe('Summary of aleppo: &lt;@U0BOSS&gt;');
  });

  it('pages and clips a huge answer within the limits', () => {
    const long = 'The siege & the <!everyone> bombardment went on. '.repeat(70);
    const answer: Answer = {
      kind: 'search',
      briefing: 'aleppo',
      query: 'x'.repeat(500),
      hits: Array.from({ length: 60 }, (_, i) => ({ segments: [{ text: `${i} ${long}`, match: i % 2 === 0 }], sources: Array(30).fill(citation) })),
    };
    const first = renderBlocks(answer, { request: request('search x') });
    expect(first.pages).toBeGreaterThan(5);
    for (let page = 0; page < first.pages; page++) {
      const rendered = renderBlocks(answer, { page, request: request('x'.repeat(3000)) });
      expect(blockKitProblems(rendered)).toEqual([]);
      for (const text of sections(rendered.blocks)) expect(text).not.toMatch(/&[a-z]{0,3}…$/);
    }
    const header = first.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBe(LIMITS.headerText);
  });

  it('splits a figures group too long for one section into continued items', () => {
    const row = { value: 1, high: null, unit: 'people', approx: 'exact', qualifier: null, kind: 'people', claimant: 'the UN', text: 'more than 250,000 people', sources: [citation] };
    const answer: Answer = { kind: 'figures', briefing: 'aleppo', topic: null, groups: [{ topic: 'trapped', disagree: true, rows: Array(200).fill(row) }] };
    const { items } = answerItems(answer);
    expect(items.length).toBeGreaterThan(1);
    expect(items[1]).toMatch(/^:warning: \*sources disagree:\* \*trapped\* \(continued\)\n• more than 250,000 people — the UN/);
    for (let page = 0; page < renderBlocks(answer).pages; page++) expect(blockKitProblems(renderBlocks(answer, { page }))).toEqual([]);
  });
});
