// Each number form of issue 4, on sentences from news copy: [sentence, [value, unit, approx] per figure].
import { describe, expect, it } from 'vitest';
import { brief, figuresOf } from './helpers.ts';

const FORMS: [string, string, [number, string, string][]][] = [
  ['thousands separator', 'More than 250,000 people are believed to be trapped inside rebel-held eastern Aleppo.', [[250000, 'people', 'more than']]],
  ['European separator', '450.000 Syrians lost their lives in the past five years according to UN estimates.', [[450000, 'Syrians', 'exact'], [5, 'years', 'exact']]],
  ['spaced separator', 'Shelling continues on the rebel-held area where 275 000 residents are besieged.', [[275000, 'residents', 'exact']]],
  ['no separator', 'Since 19 September, more than 600 civilians have been killed and more than 2000 injured.', [[600, 'civilians', 'more than'], [2000, 'civilians', 'more than']]],
  ['decimal and scale', 'The government-held western districts of the city are still home to more than 1.5 million civilians.', [[1500000, 'civilians', 'more than']]],
  ['word scale', 'More than 12 million have lost their homes, and 4.8 million refugees live abroad.', [[12000000, '', 'more than'], [4800000, 'refugees', 'exact']]],
  ['glued scale and currency', 'The deal is worth £6bn to the Treasury.', [[6e9, 'GBP', 'exact']]],
  ['dollar amount', 'Donors pledged $1.2 billion for reconstruction.', [[1.2e9, 'USD', 'exact']]],
  ['currency word', 'The ministry paid 500 euros to each family.', [[500, 'EUR', 'exact']]],
  ['pence', 'Petrol rose by 4p a litre.', [[0.04, 'GBP', 'exact']]],
  ['small number in words', 'The offer of amnesty follows two weeks of the heaviest bombardment.', [[2, 'weeks', 'exact']]],
  ['compound adjective', 'It was the heaviest bombardment of the five-and-a-half-year civil war.', [[5.5, 'years', 'exact']]],
  ['"and a half", restated hedge', 'The bottom line is in a maximum of two months, two and a half months, the city may be destroyed.', [[2, 'months', 'maximum'], [2.5, 'months', 'maximum']]],
  ['a dozen', 'A dozen soldiers were wounded in the attack.', [[12, 'soldiers', 'exact']]],
  ['hyphenated tens', 'Twenty-five people were arrested in the capital.', [[25, 'people', 'exact']]],
  ['hundred and', 'Two hundred and fifty families fled the town.', [[250, 'families', 'exact']]],
  ['percent word', 'He said the Syrian army has retaken more than 50 percent of neighborhoods in eastern Aleppo.', [[50, 'percent', 'more than']]],
  ['percent sign', 'Turnout was 63% in the capital.', [[63, 'percent', 'exact']]],
  ['per cent', 'Unemployment fell to 4.5 per cent in March.', [[4.5, 'percent', 'exact']]],
  ['range with between', 'Between 200 and 300 people gathered outside the embassy.', [[200, 'people', 'between']]],
  ['range with a dash', 'The strikes killed 20-25 fighters near the border.', [[20, 'fighters', 'between']]],
  ['range sharing a scale', 'The war has displaced 2 to 3 million people.', [[2e6, 'people', 'between']]],
  ['head noun after modifiers', 'He offered to escort up to 1,000 rebel fighters out of the city.', [[1000, 'fighters', 'up to']]],
  ['proper-noun modifiers', 'They used the presence of about 900 former Nusra Front fighters as an alibi.', [[900, 'fighters', 'about']]],
  ['plural modifier', 'It had documented 47 such munitions attacks in the past two months.', [[47, 'attacks', 'exact'], [2, 'months', 'exact']]],
  ['a maximum of', 'De Mistura said there were a maximum of 8,000 rebels in eastern Aleppo.', [[8000, 'rebels', 'maximum']]],
  ['no more than, noun left out', 'Many ex-Nusra fighters left before the area was encircled and no more than 900 remain, he said.', [[900, 'fighters', 'maximum']]],
  ['close to, parts of a total', 'The United Nations estimates that close to 30,000 people have been displaced, 18,000 of them leaving to government-held areas, a further 8,500 going to Sheikh Maqsoud.', [[30000, 'people', 'about'], [18000, 'people', 'exact'], [8500, 'people', 'exact']]],
  ['as many as', 'The Syrian Observatory for Human Rights said it could be as many as 200,000 people.', [[200000, 'people', 'as many as']]],
  ['at least', 'Suspected Russian air strikes killed at least 46 people in opposition-held parts of Syria on Sunday, a monitor said.', [[46, 'people', 'at least']]],
  ['deadline', 'The amnesty offer to rebels who surrender within three months was issued on Thursday.', [[3, 'months', 'maximum']]],
  ['noun left out after a count', 'The observatory said 10 people were killed and 52 wounded in Aleppo on Thursday.', [[10, 'people', 'exact'], [52, 'people', 'exact']]],
  ['year of age', 'A 10-year-old boy was among the dead.', [[10, 'years', 'exact']]],
  ['counted noun in a compound', 'The 27-member bloc agreed a €50bn aid package over four years.', [[27, 'members', 'exact'], [5e10, 'EUR', 'exact'], [4, 'years', 'exact']]],
  ['pence as pounds, percent in words', 'Shares fell 3.2 per cent to 245p in early trading.', [[3.2, 'percent', 'exact'], [2.45, 'GBP', 'exact']]],
  ['percentage points', 'The Bank of England raised interest rates by 0.25 percentage points to 4.25%.', [[0.25, 'percentage points', 'exact'], [4.25, 'percent', 'exact']]],
];

describe('extractFigures: number forms', () => {
  it.each(FORMS)('%s', (_name, sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });

  it('keeps the other end of a range', () => {
    expect(figuresOf('Between 200 and 300 people gathered outside the embassy.')[0]?.high).toBe(300);
  });

  it('keeps the hedge as written', () => {
    const [figure] = figuresOf('The United Nations estimates that close to 30,000 people have been displaced.');
    expect([figure?.approx, figure?.qualifier, figure?.text]).toEqual(['about', 'close to', 'close to 30,000 people']);
  });
});

const NON_FIGURES: [string, string][] = [
  ['abbreviated date', 'Russian President Vladimir Putin will visit Paris on Oct. 19 to discuss Syria.'],
  ['dates both ways', 'The regime said on September 22 it was starting an offensive after the ceasefire was declared over on 19 September.'],
  ['year', 'Russia is the chief ally of the Syrian president in the conflict that began in 2011.'],
  ['page furniture', 'Russian jet crashes in Syria, crew killedGMT 19:07 2017 Sunday ,01 October'],
  ['clock time', 'The meeting starts at 10:30 local time.'],
  ['ordinal word', 'Mr Shoigu complained a fourth corridor had been established in the north of the city.'],
  ['ordinal digits', 'The 21st summit opened on Monday.'],
  ['decade', 'He invoked the 1990s atrocities of the Rwandan genocide.'],
  ['label', 'The Security Council passed Resolution 2254 unanimously.'],
  ['model name', 'A Su-24 bomber crashed near the base.'],
  ['"one" as a pronoun', '"Come out to meet your brothers," read one message.'],
  ['vague plural', 'The war has already killed hundreds of thousands, made half of Syrians homeless.'],
  ['vague dozen', 'Several dozen students chanted outside the consulate.'],
  ['vague tens of thousands', 'Tens of thousands of civilians are thought to be sheltering there.'],
  ['fraction', 'Rebels lost two-thirds of the city.'],
  ['anaphoric number', 'The two sides met in Geneva.'],
  ['time with pm', 'The 3pm deadline passed without a reply.'],
];

describe('extractFigures: not figures', () => {
  it.each(NON_FIGURES)('%s', (_name, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});
