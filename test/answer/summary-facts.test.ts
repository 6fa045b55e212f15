import { describe, expect, it } from 'vitest';
import { factKind, summaryFacts } from '../../src/answer/summary-facts.ts';

describe('summaryFacts', () => {
  it.each([
    // one fact however the words are ordered
    ['Syrian President Bashar al Assad has offered an amnesty to rebels.', 'amnesty+offer'],
    ['Rebels denounced the amnesty offer as a deception.', 'amnesty+offer'],
    // a figure with what it counts
    ['More than 250,000 people are believed to be trapped.', '#250000 people'],
    ['Fuel costs rose by 1.5 million dollars.', '#1.5 dollar'],
    // a quoted word
    ['Army spokesman Samir Suleiman said those who choose to stay will face “inevitable death.”', '"inevitable'],
  ])('%s states %s', (text, fact) => {
    expect(summaryFacts(text)).toContain(fact);
  });

  it.each([
    // a name is not a fact about its bearer
    ['Syrian President Bashar al Assad has offered an amnesty to rebels.', 'bashar+president'],
    // a date is not a count
    ['Since 19 September, more than 600 civilians have been killed.', '#19 septemb'],
    ['Putin will visit Paris on Oct. 19 to discuss Syria.', '#19 discuss'],
    ['The conflict has claimed more than 300,000 lives since 2011.', '#2011 '],
    // a weekday says when, not what
    ['The decree was issued on Thursday.', 'thursday'],
  ])('%s does not state %s', (text, fact) => {
    expect(summaryFacts(text).some((f) => f === fact || (fact.endsWith(' ') && f.startsWith(fact)))).toBe(false);
  });

  it.each([
    ['amnesty', 'word'],
    ['amnesty+offer', 'pair'],
    ['#250000 people', 'figure'],
    ['"inevitable', 'quoted'],
  ] as const)('%s is a %s', (fact, kind) => {
    expect(factKind(fact)).toBe(kind);
  });
});
