// Constructions found on held-out stories (test/data/heldout/figures), each on a sentence of the kind
// any news copy has: [name, paragraphs, [value, unit, approx] per figure] and [name, paragraphs, claimants].
import { describeForms } from './helpers.ts';

const FORMS: [string, string, [number, string, string][]][] = [
  ['"one in N" as a share', 'One in five adults in the United States lives with chronic pain.', [[20, 'percent', 'exact']]],
  ['"N out of M"', 'Nine out of 10 voters backed the plan.', [[90, 'percent', 'exact']]],
  ['a fraction of a million', 'The population has swollen to nearly a quarter of a million.', [[250000, '', 'about']]],
  ['half a million', 'Half a million people have fled the region.', [[500000, 'people', 'exact']]],
  ['decimal dollars are not thousands', 'The euro rose to $1.0768 after the announcement.', [[1.0768, 'USD', 'exact']]],
  ['decimal comma', 'Temperatures reached 40,2 degrees on Friday.', [[40.2, 'degrees', 'exact']]],
  ['European separator with a unit', 'The fire has burned 11.600 hectares.', [[11600, 'hectares', 'exact']]],
  ['a change and its level are two figures', 'Shares rose 4.6% to 16.20 euros in early trading.', [[4.6, 'percent', 'exact'], [16.2, 'EUR', 'exact']]],
  ['model numbers inside the counted noun', 'Ryanair agreed to buy 150 Boeing 737 MAX 10 jets.', [[150, 'jets', 'exact']]],
  ['"more" before a name', 'Ryanair orders 150 more Boeing jets.', [[150, 'jets', 'exact']]],
  ['a possessive introduces a count', 'She arrived at the border with her six children.', [[6, 'children', 'exact']]],
  ['"the six months to" is a period', 'The airline carried 105.4 million passengers in the six months to Sept. 30.', [[105400000, 'passengers', 'exact'], [6, 'months', 'exact']]],
  ['part of a whole', 'The Socialists took 92 of the 230 seats in parliament.', [[92, 'seats', 'exact'], [230, 'seats', 'exact']]],
  ['"of us" counts people', '"A dozen of us left together," she said.', [[12, 'people', 'exact']]],
  ['a number word ends the noun phrase', 'It rose to 51.6 million in 2021, up from 50 million three years earlier.', [[51600000, '', 'exact'], [50000000, '', 'exact'], [3, 'years', 'exact']]],
  ['a death toll without a noun', "The death toll from Monday's earthquake rose to at least 1,200, officials said.", [[1200, 'deaths', 'at least']]],
  ['a verb before the number is not its noun', 'The wildfire forces 12.000 from their homes.', [[12000, '', 'exact']]],
  ['magnitude', 'The magnitude 7.2 quake struck at dawn.', [[7.2, 'magnitude', 'exact']]],
  ['speed', 'Winds of up to 60 km/h were forecast.', [[60, 'km/h', 'up to']]],
  ['below zero', 'Temperatures were forecast to drop to minus 4 degrees Celsius overnight.', [[-4, 'degrees', 'exact']]],
  ['age in apposition', '"We left with nothing," said Juana Pérez, 67, who was evacuated.', [[67, 'years', 'exact']]],
  ['age after "aged"', 'Among adults aged 65 and over, the rate rose to 30.8 percent.', [[65, 'years', 'exact'], [30.8, 'percent', 'exact']]],
];

const NON_FIGURES: [string, string][] = [
  ['model name', 'The Boeing 737 has been grounded before.'],
  ['road and summit names', 'He said a G7 pledge was meaningless and the A4 road was closed.'],
  ['time stamp furniture', 'Published 2 hours ago'],
  ['clock time with GMT', 'He told reporters on a call at 10:30 GMT.'],
  ['round number label', 'Talks follow a 3rd round of negotiations that began in 2019.'],
];

const CLAIMS: [string, (string | string[])[], string[]][] = [
  ['", saying" takes the sentence subject', ['The Turkish Red Crescent put the toll far higher, saying more than 2,000 people had been killed.'], ['Turkish Red Crescent']],
  ['"and said" takes the sentence subject', ['Chega\'s leader, André Ventura, hailed a "historic night" and said more than 1.1 million Portuguese had backed his party.'], ['André Ventura']],
  ['a dateline is not the subject', ['DUBLIN, Oct 16 (Reuters) - Ryanair posted a profit of 2.18 billion euros, and said it would buy 150 jets.'], ['Ryanair', 'Ryanair']],
  ['"and" inside a name', ['It was followed by more than 40 aftershocks, according to the Disaster and Emergency Management Authority (AFAD).'], ['Disaster and Emergency Management Authority']],
  ['a parenthesis before the verb', ['The Military Emergencies Unit (UME) said it had sent 150 additional troops.'], ['Military Emergencies Unit']],
  ['an acronym to its name', ['Rents rose by 9.2 per cent, according to the Office for National Statistics (ONS).', 'The average rent reached £1 278, the ONS said.'], ['Office for National Statistics', 'Office for National Statistics']],
  ['role, name, said', ["Labour's shadow housing secretary, Angela Rayner, said the bill had been delayed for 4 years."], ['Angela Rayner']],
  ['a person, then where they work', ['Political analyst Marina Costa Lobo of the University of Lisbon said it would survive no more than 18 months.'], ['Marina Costa Lobo']],
  ['"data ... showed" and a participle tail', ['Eurostat data published last week showed prices rose 3.2%.'], ['Eurostat']],
  ['"an analysis by ... found"', ['A 2023 analysis by the nonprofit KFF found that only 1.5 million people had coverage.'], ['KFF']],
  ['a description before the name', ['Housing charity Shelter said 63 000 households had been made homeless.', 'The charity estimates that one in four private renters now spends more on rent.'], ['Shelter', 'Shelter']],
  ['"the company" points to the organisation that spoke', ['Ryanair said fares rose 24%.', 'It also plans a 200-job hangar, the company said.'], ['Ryanair', 'Ryanair']],
  ['"It" goes on with the last source', ['The World Health Organization said 23 million people could be affected.', 'It urged donors to release $42.8 million.'], ['World Health Organization', 'World Health Organization']],
  ['a named subject for a later "she said"', ['Amina Abdallah arrived at the border.', '"A dozen of us left together," she said.'], ['Amina Abdallah']],
  ['a descriptor then the name after a comma', ['She is one of 570,000 people who have crossed, according to the UN refugee agency, UNHCR.'], ['UNHCR']],
  ['a cue after a new subject does not reach back', ['Polls had given the party 40 percent, and party leader Pedro Nuno Santos admitted defeat.'], ['reporter']],
  ['"states" as a noun is not a cue', ['Dr. Rachel Kim is a pain specialist.', 'She said waiting lists in some states stretched to nine months.'], ['Rachel Kim']],
];

describeForms('extractFigures: forms from held-out stories', { forms: FORMS, nonFigures: NON_FIGURES, claims: CLAIMS });
