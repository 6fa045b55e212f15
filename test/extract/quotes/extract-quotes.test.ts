import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/extract/quotes/index.ts';
import { makeArticle } from './make-article.ts';

const quotes = (paragraphs: string[], title = false): [string, string | null][] =>
  extractQuotes(makeArticle(paragraphs, { title })).map((q) => [q.text, q.speaker]);

describe('extractQuotes: speech verbs before and after', () => {
  const cases: [string[], [string, string | null][]][] = [
    // apposition between the name and the verb
    [
      ['"It\'s impossible for the rebel groups to leave Aleppo because this would be a trick by the regime," Zakaria Malahifji,\na Turkey-based official for the Fastaqim group which is present in\nAleppo, told Reuters. "Aleppo is not like other areas, it\'s not possible\nfor them to surrender."'],
      [
        ["It's impossible for the rebel groups to leave Aleppo because this would be a trick by the regime,", 'Zakaria Malahifji'],
        ["Aleppo is not like other areas, it's not possible for them to surrender.", 'Zakaria Malahifji'],
      ],
    ],
    // role words before the name are dropped; colon without a speech noun gives way to "X said"
    [
      ['Washington was also skeptical of government motives: "For them to suggest that somehow\nthey\'re now looking out for the interests of civilians is outrageous,"\nWhite House spokesman Josh Earnest said, citing the heavy civilian toll.'],
      [["For them to suggest that somehow they're now looking out for the interests of civilians is outrageous,", 'Josh Earnest']],
    ],
    // inverted "said NAME"
    [
      ['"The bottom line is in a maximum of two months," said Staffan de\nMistura, invoking the 1990s atrocities of the Rwandan genocide.'],
      [['The bottom line is in a maximum of two months,', 'Staffan de Mistura']],
    ],
    // partial quote inside reported speech
    [
      ['Staffan de Mistura said history would judge Syria and Russia if they used the presence of about 900 former Nusra Front fighters as an “easy alibi” for destroying the rebel-held area.'],
      [['easy alibi', 'Staffan de Mistura']],
    ],
    // a chant, inverted, the group cut before "who"
    [
      ['“Russia murderer, go away from Syria!” chanted several dozen students who called for an end to the siege on Syria’s second city, Aleppo.'],
      [['Russia murderer, go away from Syria!', 'several dozen students']],
    ],
    // the quote belongs to who asked it, not to who relays it
    [
      ['The US officials had asked the fighters “do you want to leave, (or) do you want to be steadfast,” Malahifji said.'],
      [['do you want to leave, (or) do you want to be steadfast,', 'US officials']],
    ],
    // words after the closing mark before the attribution: "of Aleppo, Suleiman said"
    [
      ['Army spokesman Brig. Gen. Samir Suleiman said those who choose to stay will face “inevitable death.”', '“We will continue fighting until we restore stability and security to all neighborhoods” of Aleppo, Suleiman said.'],
      [['inevitable death.', 'Samir Suleiman'], ['We will continue fighting until we restore stability and security to all neighborhoods', 'Samir Suleiman']],
    ],
    // an organisation reporting
    [
      ['“The siege has been in place for weeks now. Food and fuel supplies are dwindling,” Al Jazeera reported.'],
      [['The siege has been in place for weeks now. Food and fuel supplies are dwindling,', 'Al Jazeera']],
    ],
    // "according to"
    [['"It is a disaster," according to Jane Smith, a professor at Oxford University.'], [['It is a disaster,', 'Jane Smith']]],
  ];
  it.each(cases)('%j', (paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: references resolved in the article', () => {
  const cases: [string[], [string, string | null][]][] = [
    // unnamed source kept descriptive; "the U.S. official" is the same one
    [
      [
        'A U.S. official, speaking on condition of anonymity, said that the bombardments could result in the fall of eastern Aleppo within “weeks if not days”.',
        '“It’s unclear how long they will last,” the U.S. official said. “There is only so much they can endure.',
      ],
      [
        ['weeks if not days', 'U.S. official (anonymous)'],
        ['It’s unclear how long they will last,', 'U.S. official (anonymous)'],
        ['There is only so much they can endure.', 'U.S. official (anonymous)'],
      ],
    ],
    // "he said" -> the last person quoted
    [
      ['“The expectation is weeks,” the military source said, referring to the timeframe.', '“The Syrian Arab Army will continue to implement its missions,” he said.'],
      [['The expectation is weeks,', 'military source (anonymous)'], ['The Syrian Arab Army will continue to implement its missions,', 'military source (anonymous)']],
    ],
    // "It" -> the organisation that spoke before
    [
      ['The army announced a reduction in shelling and air strikes on Wednesday to allow people to leave. It backed that up with an ultimatum: "All those who do not lay down their arms will face their inevitable fate."'],
      [['All those who do not lay down their arms will face their inevitable fate.', 'army']],
    ],
    // a role noun -> the person the article gives that role
    [
      ['The U.N. Special Envoy for Syria, Staffan de Mistura', '“If you decide to leave with dignity … I am personally ready to physically accompany you,” the UN envoy pledged.'],
      [['If you decide to leave with dignity … I am personally ready to physically accompany you,', 'Staffan de Mistura']],
    ],
    // a message -> who sent it
    [
      [
        'The government sent text messages to the mobile phones of some of those people trapped in the besieged sector.',
        '“Our people in Aleppo: save your lives,” read one message. “Come out to meet your brothers and sisters,” read another.',
      ],
      [['Our people in Aleppo: save your lives,', 'government (text message)'], ['Come out to meet your brothers and sisters,', 'government (text message)']],
    ],
    // a short name -> the fullest form in the article
    [
      ['Speaking to Reuters from Turkey, senior opposition official Zakaria Malahifji said groups would not leave.', 'Malahifji said the fighters could remain steadfast for “an excellent period” of time.'],
      [['an excellent period', 'Zakaria Malahifji']],
    ],
    // a speech noun: "a joint announcement by X"; the second quote of the sentence shares its cue
    [
      ['Mr Assad\'s offer coincided with a joint announcement by Russia and the Syrian government of a "large-scale humanitarian operation" to "help civilians who were taken hostage by terrorists".'],
      [
        ['large-scale humanitarian operation', 'Russia and the Syrian government (joint announcement)'],
        ['help civilians who were taken hostage by terrorists', 'Russia and the Syrian government (joint announcement)'],
      ],
    ],
    // a paragraph that is only a quote: the speaker of the paragraph before
    [
      ['“It’s impossible to leave,” Zakaria Malahifji told Reuters. “Aleppo is not like other areas.”', '“Aleppo is not like other areas.”'],
      [['It’s impossible to leave,', 'Zakaria Malahifji'], ['Aleppo is not like other areas.', 'Zakaria Malahifji'], ['Aleppo is not like other areas.', 'Zakaria Malahifji']],
    ],
  ];
  it.each(cases)('%j', (paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: no quote or no speaker', () => {
  const cases: [string[], [string, string | null][]][] = [
    // scare quotes around a name nobody is reported to have said
    [['Abu Abdelrahman Nour will be replaced as head of the “Aleppo army” he was appointed to lead last week.'], []],
    [['The so-called "Islamic State" has lost territory.'], []],
    // apostrophes only
    [['Assad’s forces say it is offering fighters in besieged eastern Aleppo an opportunity to leave.'], []],
    // a pronoun with nothing before it to point at
    [['He called it "a historic day for our country".'], [['a historic day for our country', null]]],
    // a full quote with no attribution and no quote before it
    [['"Nobody knows what will happen next in the city."'], [['Nobody knows what will happen next in the city.', null]]],
  ];
  it.each(cases)('%j', (paragraphs, expected) => {
    expect(quotes(paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: headlines and offsets', () => {
  it('reads quoted words in a headline', () => {
    const found = extractQuotes(makeArticle(['Aleppo: De Mistura calls rebel fighters to “surrender and leave”', 'Body.'], { title: true }));
    expect(found.map((q) => [q.text, q.speaker, q.kind])).toEqual([['surrender and leave', 'De Mistura', 'headline']]);
  });

  it('gives offsets into the original text across line breaks', () => {
    const article = makeArticle(['Assad\nsaid he would "continue the fight with the rebels until they leave\nAleppo."']);
    const [quote] = extractQuotes(article);
    expect(article.text.slice(quote?.start, quote?.end)).toBe('continue the fight with the rebels until they leave\nAleppo.');
    expect(quote?.text).toBe('continue the fight with the rebels until they leave Aleppo.');
    expect(quote?.kind).toBe('partial');
  });
});
