import { describe, expect, it } from 'vitest';
import { clipSlack, escapeSlack } from '../../src/render/block-kit-escape.ts';

describe('escapeSlack', () => {
  it.each([
    ['<!channel> now', '&lt;!channel&gt; now'],
    ['<@U0BOSS>', '&lt;@U0BOSS&gt;'],
    ['AT&T', 'AT&amp;T'],
    // already-escaped text is escaped again: it is article text, not Slack markup
    ['&lt;', '&amp;lt;'],
    ['no markup', 'no markup'],
  ])('%s -> %s', (input, expected) => {
    expect(escapeSlack(input)).toBe(expected);
  });
});

describe('clipSlack', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    // never ends inside an entity: "&amp;" would become "&am…"
    ['abc &amp; def', 8, 'abc…'],
    ['abc &amp; def', 11, 'abc &amp;…'],
  ])('clip(%s, %i) -> %s', (input, max, expected) => {
    expect(clipSlack(input, max)).toBe(expected);
    expect(clipSlack(input, max).length).toBeLessThanOrEqual(max);
  });
});
