// Constructions found on the second held-out set (test/data/heldout/figures2), each on a sentence of the
// kind any news copy has: figures that must come out, numbers that must not, and who claims a figure.
import { describeForms } from './helpers.ts';

const FORMS: [string, string, [number, string, string][]][] = [
  ['a partitive counts the noun of the whole', 'At least a dozen of the victims were over 70, they said.', [[12, 'victims', 'at least'], [70, 'years', 'exact']]],
  ['"of the dead" counts people', '"Seven of the dead were from one family," said a village elder.', [[7, 'people', 'exact']]],
  ['"all N of its" is a count, not a recall', 'The district closed all nine of its schools through Friday.', [[9, 'schools', 'exact']]],
  ['"one person" counts', 'The coroner said one person had been found dead inside a burned home.', [[1, 'person', 'exact']]],
  ['"one" after a count of the same noun', 'He pleaded guilty to 37 counts of fraud and one count of racketeering.', [[37, 'counts', 'exact'], [1, 'count', 'exact']]],
  ['"one" alone is still a pronoun', 'One of the rescuers said the water rose within 20 minutes.', [[20, 'minutes', 'maximum']]],
  ['cents are hundredths of a dollar', 'Net income fell to $412 million, or 96 cents per share.', [[412000000, 'USD', 'exact'], [0.96, 'USD', 'exact']]],
  ['shillings are a currency', 'The government set aside one billion shillings in relief.', [[1000000000, 'KES', 'exact']]],
  ['money does not run to a share', 'He cut the rate by 2p to 8 per cent.', [[0.02, 'GBP', 'exact'], [8, 'percent', 'exact']]],
  ['a ranged share still joins', 'Prices were between 30 and 50 per cent higher.', [[30, 'percent', 'between']]],
  ['an age threshold after a people noun', 'Children under five account for roughly one in four cases.', [[5, 'years', 'exact'], [25, 'percent', 'about']]],
  ['"he is N" is an age', '"He is 23 and he already has 14 caps," the manager said.', [[23, 'years', 'exact'], [14, 'caps', 'exact']]],
  ['a casualty verb counts people', 'Floods kill at least 42 as rains batter the region', [[42, 'people', 'at least']]],
];

const NON_FIGURES: [string, string][] = [
  ['a phone number', 'Residents can call the information line at 805-555-0144 from 7 a.m.'],
  ['a toll-free number', 'Riders can check service at 1-866-555-0121 or on the website.'],
  ['a case number', 'The judge ruled in case CF-2023-4418 on Thursday.'],
  ['a hotline in apposition', 'The ministry has set up a free hotline, 909, and urged anyone ill to go to a clinic.'],
  ['a street address with a compass point', 'An evacuation center is open at the fairgrounds, 10 W. Harbor Blvd., until Friday.'],
  ['a street address', 'Animals can be taken to the equestrian center at 2860 Maricopa Highway.'],
  ['an address after a saint\'s name', 'He spoke outside the headquarters at 6 St. Paul St. on Monday.'],
  ['a year span', 'The burden would rise in 2028-29 to its highest level.'],
  ['a number glued to a name', 'UPDATE 1-Norvane to cut jobs'],
  ['a title-cased name', 'The 8 On Your Side team first reported on the complaints.'],
  ['a menu bar', 'KQTN 8 | NEWS | WEATHER | 8 ON YOUR SIDE | LIVE'],
  ['a group label', 'They scored the fewest goals of any team in the top six.'],
];

const CLAIMS: [string, (string | string[])[], string[]][] = [
  ['a dateline dash ends the source', ['Oct 24 (Reuters) - Norvane Software said on Thursday it would cut about 1,800 jobs.'], ['Norvane Software']],
  ['"the WHO" is the organisation, not a relative pronoun', ['The World Health Organization met on Monday.', 'Across Africa, 3,600 deaths were reported last year, the WHO said.'], ['World Health Organization']],
  ['the subject\'s verb over a closing "according to"', ['Acme Corp reported revenue of $3.2 billion, short of the average estimate of $3.31 billion, according to LSEG data.'], ['Acme Corp', 'LSEG']],
  ['"according to" alone covers the sentence', ['Containment stood at 15%, up from 5% on Tuesday, according to Cal Fire.'], ['Cal Fire', 'Cal Fire']],
  ['"in line with estimates" is not a source', ['Excluding items, the firm earned $1.38 per share, in line with estimates.'], ['reporter']],
  ['an announced sum is an act', ['The government announced one billion shillings in emergency relief.'], ['reporter']],
  ['an offer is an act', ['The transit authority has offered raises of 4.5% a year.'], ['reporter']],
  ['announcing that is a claim', ['The Kenya Red Cross announced that 110 people were missing.'], ['Kenya Red Cross']],
  ['a quote\'s speaker covers all its clauses', ['"A 7% cut is not trivial, but it\'s not panic either," said Dan Morgan, an analyst.'], ['Dan Morgan']],
  ['the speaker\'s apposition is the reporter\'s', ['"Seven of the dead were from one family," said John Mwangi, a village elder who lost two grandchildren.'], ['John Mwangi', 'reporter']],
  ['the speaker\'s own expectation is his', ['"It is a hike too far," said Carl Brenner, head of macro at a bank, who expects output to fall by 0.2%.'], ['Carl Brenner']],
  ['a role, then the name after the comma', ['"He already has 14 caps for his country," said the Northfield manager, Rui Sampaio.'], ['Rui Sampaio']],
  ['a relative-clause cue does not reach back', ['The chancellor cut the rate to 8 per cent, in a budget that the Office for Budget Responsibility (OBR) said would cost £14bn.'], ['reporter', 'Office for Budget Responsibility']],
  ['a participle does not reach back', ['Mullins\' attorney, Rachel Nguyen, had asked for a sentence of five years, arguing that he had cooperated.', 'She said he could be eligible for parole in about four years.'], ['reporter', 'Rachel Nguyen']],
  ['an instruction is not a cue', ['The district has deployed two dozen buses and told principals to excuse late arrivals.'], ['reporter']],
  ['"the club" is the organisation the sentence opens with', ['Northfield United have completed the signing for a fee of £62m, the club confirmed on Friday.', "It is Northfield's third signing of the summer."], ['Northfield United']],
  ['a company called by its first word', ['Norvane Software said it would cut jobs.', 'Norvane forecast revenue of $3.25 billion.', 'The company said it expected charges of $140 million.'], ['Norvane Software', 'Norvane Software']],
  ['documents are their publisher\'s, records stay records', ['The cut will cost about £3bn, according to Treasury documents.', 'He must pay $1.3 million, according to court records.'], ['Treasury', 'court records']],
  ['data compiled by a firm is the firm\'s', ['Fares were 30% higher, according to data compiled by RideMetrics, a firm that tracks fares.'], ['RideMetrics']],
  ['a web domain is one name', ['More than 150,000 tech workers have lost their jobs, according to tracking site Layoffs.fyi.'], ['Layoffs.fyi']],
  ['"the watchdog" is the organisation that spoke last', ['The OBR said growth would be 0.8 per cent.', 'But the watchdog said the tax burden would rise to 37.1 per cent.'], ['The OBR', 'The OBR']],
  ['a name in apposition before a later "she"', ['The shadow chancellor, Helen Ashby, called it a con.', 'She told MPs that families had faced 25 tax rises.'], ['Helen Ashby']],
  ['a name, an age and a job, then "said"', ['Tanya Brooks, 41, a home health aide, said her commute had cost her $38 each way.'], ['Tanya Brooks', 'Tanya Brooks']],
  ['a title before the name', ['Assistant District Attorney Ben Castillo told the judge the money was gone.', 'He said investigators had recovered about $210,000.'], ['Ben Castillo']],
];

describeForms('extractFigures: forms from the second held-out set', { forms: FORMS, nonFigures: NON_FIGURES, claims: CLAIMS });
