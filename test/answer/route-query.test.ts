import { describe, expect, it } from 'vitest';
import { type Intent, routeQuery } from '../../src/answer/route-query.ts';

describe('routeQuery', () => {
  it.each<[string, Intent]>([
    ['', { kind: 'help', reason: null }],
    ['help', { kind: 'help', reason: null }],
    ['summary', { kind: 'summary', topic: null }],
    ['summary corridors', { kind: 'summary', topic: 'corridors' }],
    ['Sum up the amnesty', { kind: 'summary', topic: 'the amnesty' }],
    ['quotes de Mistura', { kind: 'quotes', speaker: 'de Mistura', about: null }],
    ['quotes de Mistura about Nusra', { kind: 'quotes', speaker: 'de Mistura', about: 'Nusra' }],
    ['what did de Mistura say about Nusra', { kind: 'quotes', speaker: 'de Mistura', about: 'Nusra' }],
    ['What has the UN envoy said?', { kind: 'quotes', speaker: 'the UN envoy', about: null }],
    ['who said bloodbath', { kind: 'quotes', speaker: null, about: 'bloodbath' }],
    ['figures', { kind: 'figures', topic: null }],
    ['figures trapped', { kind: 'figures', topic: 'trapped' }],
    ['how many people are trapped?', { kind: 'figures', topic: 'people are trapped' }],
    ['<@U0BOT> how many people are trapped?', { kind: 'figures', topic: 'people are trapped' }],
    ["what's the death toll", { kind: 'figures', topic: 'death toll' }],
    ['sources', { kind: 'sources' }],
    ['which outlets carried the amnesty story', { kind: 'sources' }],
    ['search corridors Castello', { kind: 'search', query: 'corridors Castello' }],
    ['search', { kind: 'help', reason: 'search needs words to look for' }],
    ['what happened with the amnesty', { kind: 'summary', topic: 'the amnesty' }],
    ['Castello Road', { kind: 'search', query: 'Castello Road' }],
  ])('%j', (input, expected) => {
    expect(routeQuery(input)).toEqual(expected);
  });
});
