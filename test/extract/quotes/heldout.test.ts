// The engine on articles written for this purpose from other stories (AP, Reuters, BBC, Guardian, a court
// report, sports, health, a story with titles and scare quotes), scored the way score.mjs scores: the
// same measures the team reports, kept from slipping back. Each set's gold.json is its key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../../src/ingest/01-decode.ts';
import { cleanArticle } from '../../../src/ingest/clean-article.ts';
import { extractQuotes, resolveSpeakers, speakerOf } from '../../../src/extract/quotes/index.ts';
import { countArticle, measures, type GoldQuote, type QuoteCounts } from './score-quotes.ts';

interface HeldOut {
  dir: string;
  articles: number;
  required: number;
  spanF1: number;
  attribution: number;
}

function measure(dir: string): { files: number; total: QuoteCounts; spanF1: number; attribution: number } {
  const gold = JSON.parse(readFileSync(dir + 'gold.json', 'utf8')) as { articles: Record<string, { quotes: GoldQuote[] }> };
  const articles = Object.keys(gold.articles).sort().map((file) => {
    const decoded = decodeArticle(readFileSync(dir + file));
    if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
    return { file, quotes: extractQuotes(cleanArticle(decoded.text, dir + file)) };
  });
  const speakers = resolveSpeakers(articles);
  const total: QuoteCounts = { gold: 0, predicted: 0, matched: 0, rightSpeaker: 0 };
  for (const { file, quotes } of articles) {
    const predicted = quotes.map((q, i) => ({ text: q.text, speaker: speakerOf(speakers, file, i)?.name ?? q.speaker }));
    const c = countArticle(gold.articles[file]?.quotes ?? [], predicted);
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.matched += c.matched;
    total.rightSpeaker += c.rightSpeaker;
  }
  return { files: articles.length, total, ...measures(total) };
}

const sets: HeldOut[] = [
  // quotes/: reached 100.0 / 100.0 (92/92 quotes, 92/92 speakers); before the general fixes: 96.2 / 66.3
  { dir: 'test/data/heldout/quotes/', articles: 8, required: 92, spanF1: 1, attribution: 1 },
  // quotes2/ (NYT, wire, Indian press, press conference, Q&A interview, social posts, nested and split
  // quotes, one person three names, statements, op-ed): blind 98.2 / 75.9 (76.8 after one alias the key
  // had left out); after the second round of general fixes 100.0 / 95.5 (107/112 speakers); after the
  // fourth round (role phrases, relative clauses) 100.0 / 98.2 (110/112)
  { dir: 'test/data/heldout/quotes2/', articles: 10, required: 112, spanF1: 1, attribution: 0.98 },
  // quotes3/ (AP wildfire, Reuters rates, Guardian nurses, court, sports, local TV, Q&A, press release,
  // live blog, health): blind 97.0 / 83.5; after a third round of general fixes 97.0 / 93.0; after a
  // fourth (test/extract/quotes/attribution-rules.test.ts) 100.0 / 100.0
  { dir: 'test/data/heldout/quotes3/', articles: 10, required: 119, spanF1: 1, attribution: 1 },
  // quotes4/ (AP bridge, Reuters mine, AFP herders, BBC bank branch, Guardian bees, NYT obituary, court,
  // Q&A, trade press, local schools, politics): blind 98.1 / 84.8 on the session-2 engine, 98.4 / 84.9
  // after the fourth round; after a fifth round (test/extract/quotes/fifth-round.test.ts) 99.4 / 97.4, after
  // a seventh 99.4 / 98.0
  { dir: 'test/data/heldout/quotes4/', articles: 12, required: 154, spanF1: 0.993, attribution: 0.979 },
  // quotes5/ (AFP ferry, antitrust, mine strike, school board, art theft, drug trial, city budget, summit,
  // heatwave, radio transcript, obituary, press conference): blind 95.1 / 84.4 on the session-2 engine,
  // 97.1 / 85.9 after the fourth round and the same after the fifth, whose fixes never saw it; after a
  // sixth round (test/extract/quotes/sixth-round.test.ts) 99.3 / 94.0, after an eighth 99.3 / 96.6
  { dir: 'test/data/heldout/quotes5/', articles: 12, required: 151, spanF1: 0.992, attribution: 0.965 },
  // quotes6/ (volcano, union vote, corruption trial, hospital cyberattack, repatriation, chess, rocket,
  // fishing, bird flu, hops, football manager, radio locusts): blind 99.0 / 81.5 after the sixth round
  // (97.4 / 81.5 on the session-2 engine); after a seventh round (test/extract/quotes/seventh-round.test.ts)
  // 99.0 / 96.0, after an eighth 99.0 / 97.4, after a tenth 99.0 / 98.0
  { dir: 'test/data/heldout/quotes6/', articles: 12, required: 152, spanF1: 0.99, attribution: 0.98 },
  // quotes7/ (hurricane, tennis doping, coup attempt, bus strike, data centre, kidnapping release, device
  // recall, cocoa, film festival, zoo, marathon, TV transcript): blind 97.3 / 82.2 on the session-2 engine,
  // 98.0 / 87.1 after the sixth round, 98.0 / 89.8 after the seventh (neither saw it); after an eighth
  // round (test/extract/quotes/eighth-round.test.ts) 98.0 / 94.6, after a tenth 98.0 / 95.2
  { dir: 'test/data/heldout/quotes7/', articles: 12, required: 150, spanF1: 0.979, attribution: 0.952 },
  // quotes8/ (prison escape, crypto exchange, wine harvest, rail fares, glacier study, hostage standoff,
  // mayor, ship collision, dam protest, cruise outbreak, vaccine rollout, radio cycling crash): blind
  // 98.0 / 87.2 on the session-2 engine, 99.3 / 88.0 after the seventh round, 99.3 / 88.7 after the eighth;
  // after a ninth round (test/extract/quotes/ninth-round.test.ts) 99.3 / 94.7, after a tenth 99.3 / 97.3
  { dir: 'test/data/heldout/quotes8/', articles: 12, required: 151, spanF1: 0.992, attribution: 0.973 },
  // quotes9/ (chemical blast, steelworks, bear attacks, potholes, couriers, orchestra, agency move, battery
  // deal, brick kilns, dog park, packaging, TV transcript): blind 97.9 / 86.5 on the session-2 engine,
  // 98.2 / 92.0 after the eighth round and the same after the ninth (neither saw it); after a tenth round
  // (test/extract/quotes/tenth-round.test.ts) 98.2 / 96.9
  { dir: 'test/data/heldout/quotes9/', articles: 12, required: 166, spanF1: 0.981, attribution: 0.968 },
  // quotes10/ (landslide, rice exports, bouquinistes, library closures, tyre dust, libel case, air-traffic
  // hearing, CEO exit, fuel levy, roundabout, mass timber, TV transcript): blind 98.4 / 91.1 on the
  // session-2 engine, 99.1 / 93.0 after the ninth round and the same after the tenth (neither saw it)
  { dir: 'test/data/heldout/quotes10/', articles: 12, required: 159, spanF1: 0.99, attribution: 0.93 },
];

describe.each(sets)('quotes on the held-out articles in $dir', ({ dir, articles, required, spanF1, attribution }) => {
  const m = measure(dir);

  it(`reads all ${articles} articles against a key of ${required} required quotes`, () => {
    expect([m.files, m.total.gold]).toEqual([articles, required]);
  });

  it(`keeps quote span F1 at ${(spanF1 * 100).toFixed(1)}%`, () => {
    expect(m.spanF1).toBeGreaterThanOrEqual(spanF1);
  });

  it(`keeps attribution at ${(attribution * 100).toFixed(1)}%`, () => {
    expect(m.attribution).toBeGreaterThanOrEqual(attribution);
  });
});
