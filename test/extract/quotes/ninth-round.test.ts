// Rules found after the ninth held-out round (quotes8), aimed at errors that recur across quotes4-8, on
// wire-style sentences written for these tests with near misses: the named subject of a clause that
// characterises its object ("which Sheriff X called", "a move the Campaign ... called"), the named
// subject of the clause a partial quote stands in when the only speech verb follows it ("and said"), a
// person who announces a colon paragraph from further back than its last words, a place after a
// preposition that is never the person announcing it, and a topic word set before "he said".
import { describe } from 'vitest';
import { checkSpeakers } from './check-speakers.ts';

describe('the name inside a clause that characterises its object speaks', () => {
  checkSpeakers([
    ['a relative "which" clause', [
      'The inmate was due for a parole hearing in June, which Harlan County Sheriff Dale Pruitt called "a mystery to everyone."',
    ], [['a mystery to everyone.', 'Dale Pruitt']]],
    ['a clause after "a move"', [
      'Bus fares will rise by 6% from April, the council confirmed, in a move the Passengers Union called "a slap in the face" for workers.',
    ], [['a slap in the face', 'Passengers Union']]],
    // near miss: a plain subject before "called" is kept whole
    ['a plain subject', [
      'The regional governor called the decision "deeply regrettable" on Friday.',
    ], [['deeply regrettable', 'regional governor']]],
  ]);
});

describe('a partial quote before "and said" takes the named subject of its clause', () => {
  checkSpeakers([
    ['a company citing a reason', [
      'LONDON, May 2 (Reuters) - British lender Harwick Bank halted new mortgage lending on Thursday, citing "severe funding pressure," and said it was in talks with regulators.',
    ], [['severe funding pressure,', 'Harwick Bank']]],
    ['a person who referred to others as something', [
      'In the emails, sent over several weeks, Okafor referred to the protesters as "paid agitators" and suggested police clear the square.',
    ], [['paid agitators', 'Okafor']]],
  ]);
});

describe('a colon paragraph is announced by the named person who said so, not a place', () => {
  checkSpeakers([
    ['a university place in the apposition', [
      'Dr Lena Hofer, of the University of Graz, who led the survey, said the findings had implications well beyond the Alps:',
      '"The snow line is moving up every decade. Farmers will feel it first."',
    ], [['The snow line is moving up every decade. Farmers will feel it first.', 'Lena Hofer']]],
    // near miss: a paragraph that names no speaker falls back to the last person, never the city
    ['the last person, not the city', [
      'The report was written by Ana Ruiz, who spent a year in Oaxaca, and its conclusions were stark:',
      '"Nobody was ready for the drought."',
    ], [['Nobody was ready for the drought.', 'Ana Ruiz']]],
  ]);
});

describe('a topic word before "he said" is no person', () => {
  checkSpeakers([
    ['a noun opening the sentence', [
      'Health minister Joseph Mulenga said the programme would continue.',
      'Mulenga accepted the criticism. Enforcement, he said, would be stepped up next year, "but we cannot do it alone."',
    ], [['but we cannot do it alone.', 'Joseph Mulenga']]],
  ]);
});
