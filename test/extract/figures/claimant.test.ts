// Who claims a figure: [paragraphs of an article, claimant of each figure].
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const CLAIMS: [string, (string | string[])[], string[]][] = [
  ['no source: the reporter', ['More than 250,000 people are believed to be trapped inside rebel-held eastern Aleppo.'], ['reporter']],
  ['source before the verb', ['Russian Defence Minister Sergei Shoigu said there would be three corridors for civilians.'], ['Sergei Shoigu']],
  ['source after the verb', ['"The bottom line is in a maximum of two months," said Staffan de Mistura, invoking the 1990s atrocities.'], ['Staffan de Mistura']],
  ['source at the end', ['Since 19 September, more than 600 civilians have been killed in rebel-held areas, Civil defense workers said.'], ['Civil defense workers']],
  ['according to', ['450.000 Syrians lost their lives in the past five years according to UN estimates, and more than 12 million have lost their homes.'], ['UN', 'UN', 'UN']],
  ['according to inside a quote', ['"According to Oxfam, 1.5 million people do not have clean running water," Al Jazeera reported.'], ['Oxfam']],
  ['claims by', ['Moscow and Damascus denied claims by Ankara that the regime was responsible for an air strike that killed four Turkish soldiers last month.'], ['Ankara']],
  ['agency with a descriptor', ['The amnesty offer to rebels who surrender within three months was issued on Thursday, the state Sana news agency reported.'], ['Sana news agency']],
  ['apposition between source and verb', ['The Syrian Observatory for Human Rights, a Britain-based group that reports on the war, said it could be as many as 200,000 people.'], ['Syrian Observatory for Human Rights']],
  ['short name to full name, "he"', ['Staffan de Mistura spoke in Geneva.', 'De Mistura said there were a maximum of 8,000 rebels.', 'No more than 900 remain, he said.'], ['Staffan de Mistura', 'Staffan de Mistura']],
  ['title stripped, "he" later', ['Army spokesman Brig. Gen. Samir Suleiman said those who stay will face death.', 'He said the army has retaken more than 50 percent of neighborhoods.'], ['Samir Suleiman']],
  ['"the observatory" to the named one', ['The Syrian Observatory for Human Rights, a war monitor, reported the advance.', 'The observatory said 10 people were killed and 52 wounded on Thursday.'], ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']],
  ['"a monitor" to the rights group named nearby', ['Air strikes killed at least 46 people on Sunday, a monitor said.', 'At least 26 civilians were killed in Kafr Nabel, the Britain-based Syrian Observatory for Human Rights monitor said.'], ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']],
  ['role to the name the article gives it', ['The U.N. Special Envoy for Syria, Staffan de Mistura', 'The U.N. Special Envoy for Syria offered on Thursday to escort up to 1,000 rebel fighters out of the city.'], ['Staffan de Mistura']],
  ['an organisation whose name ends in a common noun', ['Inflation eased to 10.4% in February, the Office for National Statistics said.'], ['Office for National Statistics']],
  ['a quoted sentence takes its quote\'s speaker', [['"It is unclear how long they will last," the U.S. official said.', '"There are only three hospitals left."']], ['U.S. official']],
];

describe('extractFigures: claimant', () => {
  it.each(CLAIMS)('%s', (_name, paragraphs, expected) => {
    expect(figuresOf(...paragraphs).map((f) => f.claimant)).toEqual(expected);
  });
});
