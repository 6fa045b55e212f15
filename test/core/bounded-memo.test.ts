import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/bounded-memo.ts';

describe('boundedMemo', () => {
  it('computes a key once while it is remembered', () => {
    const computed: string[] = [];
    const upper = boundedMemo(10, (key) => (computed.push(key), key.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
  });

  it('keeps at most limit + 1 keys, forgetting the first set (not the least recently used) for each new one', () => {
    const computed: string[] = [];
    const memo = boundedMemo(2, (key) => (computed.push(key), key));
    for (const key of ['a', 'b', 'c', 'a', 'd', 'a', 'b']) memo(key);
    // a, b, c held; d pushes a out though a was just used; a again pushes b out; b again is computed
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
  });
});
