import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentenceAlignment } from '../../src/align/align-types.ts';
import type { SummaryAnswer } from '../../src/answer/answer-types.ts';
import { type BriefingView, loadBriefingView } from '../../src/answer/briefing-view.ts';
import { compressSentence, DEFAULT_SUMMARY_WORDS, summarize } from '../../src/answer/summarize.ts';
import { compressions, splitClauses } from '../../src/answer/summary-compress.ts';
import { summaryUnits, unitsOnTopic } from '../../src/answer/summary-units.ts';
import { contentTerms } from '../../src/answer/term-vectors.ts';
import { countWords, wordTokens } from '../../src/core/normalize.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import type { BriefingStore, StoredArticle, StoredSentence } from '../../src/store/store.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

/** Whether every word of `short` stands in `long`, in the same order (the test's own reading of "carries"). */
function inOrder(short: string, long: string): boolean {
  const source = wordTokens(long);
  let at = 0;
  for (const word of wordTokens(short)) {
    at = source.indexOf(word, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

// the scorer's measure of repetition: content-word Jaccard
const STOP = new Set('the a an of to in and on for with that is was were are be by as at from it its has have had he she they said this which who will would'.split(' '));
const contentWords = (text: string) => new Set(wordTokens(text.replace(/[’']/g, '')).filter((w) => !STOP.has(w)));
function jaccard(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / (x.size + y.size - common || 1);
}

describe('summarize on the seed briefing', () => {
  let temp: TempBriefing;
  let view: BriefingView;
  let sentences: StoredSentence[];
  let summary: SummaryAnswer;
  beforeAll(() => {
    temp = tempBriefing();
    ingestBriefing({ store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle });
    view = loadBriefingView(temp.store, 'aleppo');
    sentences = temp.store.sentences('aleppo');
    summary = summarize(view, {});
  });
  afterAll(() => temp.cleanup());

  /**
   * Sentences that carry the summary sentence: its words stand in them in the same order (it may be a
   * shortened wording, or a second clause split off a sentence, but never words from elsewhere or reordered).
   */
  function carriers(text: string): StoredSentence[] {
    return sentences.filter((s) => inOrder(text, s.text));
  }
  const alignedTo = (ids: Set<number>) =>
    new Set(view.alignments.filter((a) => ids.has(a.sourceSentence) || ids.has(a.copySentence)).flatMap((a) => [a.sourceSentence, a.copySentence]));

  it('fills the default budget without going over it', () => {
    const words = summary.sentences.reduce((n, s) => n + countWords(s.text), 0);
    expect(words).toBeLessThanOrEqual(DEFAULT_SUMMARY_WORDS);
    expect(words).toBeGreaterThan(DEFAULT_SUMMARY_WORDS * 0.6);
    expect(summary.words).toBe(words);
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3);
  });

  it('has no two sentences that repeat each other', () => {
    const { sentences } = summary;
    for (let i = 0; i < sentences.length; i++)
      for (let j = i + 1; j < sentences.length; j++) expect(jaccard(sentences[i]!.text, sentences[j]!.text)).toBeLessThanOrEqual(0.5);
  });

  it('cites, for every sentence, articles that really carry it or an aligned copy of it', () => {
    for (const sentence of summary.sentences) {
      expect(sentence.sources.length).toBeGreaterThanOrEqual(1);
      const exact = new Set(carriers(sentence.text).map((s) => s.id));
      expect(exact.size, sentence.text).toBeGreaterThan(0);
      const acceptable = new Set([...exact, ...alignedTo(exact)]);
      for (const source of sentence.sources) {
        const carried = sentences.some((s) => s.file === source.file && acceptable.has(s.id));
        expect(carried, `${source.file} for "${sentence.text}"`).toBe(true);
      }
    }
  });

  it('cites every outlet that carries a syndicated sentence', () => {
    for (const sentence of summary.sentences) {
      const exact = new Set(carriers(sentence.text).map((s) => s.id));
      const copies = sentences.filter((s) => alignedTo(exact).has(s.id)).map((s) => s.file);
      for (const file of copies) expect(sentence.sources.map((c) => c.file), sentence.text).toContain(file);
    }
    expect(summary.sentences.some((s) => s.sources.length >= 3)).toBe(true);
  });

  it('takes every summary sentence from the sentences it cites, word for word and in order', () => {
    // the check itself: a reordered or an added word is not carried
    expect(inOrder('the amnesty offer was issued', 'The amnesty offer to rebels was issued through a decree.')).toBe(true);
    expect(inOrder('the offer amnesty was issued', 'The amnesty offer to rebels was issued through a decree.')).toBe(false);
    expect(inOrder('the amnesty offer was rejected', 'The amnesty offer to rebels was issued through a decree.')).toBe(false);
    for (const sentence of summary.sentences) {
      for (const source of sentence.sources) {
        const own = sentences.filter((s) => s.file === source.file);
        const ids = new Set(own.map((s) => s.id));
        const copies = sentences.filter((s) => alignedTo(ids).has(s.id));
        expect([...own, ...copies].some((s) => inOrder(sentence.text, s.text)), `${source.file} for "${sentence.text}"`).toBe(true);
      }
    }
  });

  it('builds its units once per store version and keeps only their wordings that name a topic', () => {
    const summary = summaryUnits(view);
    const { units } = summary;
    summarize(view, { topic: 'corridors' });
    summarize(view, { topic: 'trapped' });
    expect(summaryUnits(view).units).toBe(units);
    const onTopic = unitsOnTopic(summary, 'corridors');
    expect(onTopic.length).toBeGreaterThan(0);
    expect(onTopic.length).toBeLessThan(units.length / 4);
    for (const unit of onTopic) for (const wording of unit.wordings) expect(wording.text, wording.text).toMatch(/corridor/i);
  });

  it('reads as a story: the news first, then what follows from it', () => {
    expect(summary.sentences[0]?.text).toMatch(/offer/i);
  });

  it.each([['corridors'], ['trapped'], ['de mistura']])('keeps to the topic "%s"', (topic) => {
    const answer = summarize(view, { topic });
    const stems = new Set(contentTerms(topic));
    expect(answer.topic).toBe(topic);
    expect(answer.sentences.length).toBeGreaterThan(0);
    for (const sentence of answer.sentences) expect(contentTerms(sentence.text).some((t) => stems.has(t)), sentence.text).toBe(true);
  });

  it('answers an unknown topic with nothing rather than with something else', () => {
    expect(summarize(view, { topic: 'volcano' }).sentences).toEqual([]);
  });

  it.each([[40], [80], [250]])('keeps to a budget of %i words', (words) => {
    const answer = summarize(view, { words });
    expect(answer.sentences.length).toBeGreaterThan(0);
    expect(answer.sentences.reduce((n, s) => n + countWords(s.text), 0)).toBeLessThanOrEqual(words);
  });
});

describe('compressSentence', () => {
  it.each([
    [
      'However, rebels said they had no plan to evacuate Aleppo, the last major urban area they control, and denounced the amnesty offer as a deception.',
      'Rebels said they had no plan to evacuate Aleppo and denounced the amnesty offer as a deception.',
    ],
    [
      '"It\'s impossible for the rebel groups to leave Aleppo," Zakaria Malahifji, a Turkey-based official for the Fastaqim group which is present in Aleppo, told Reuters.',
      '"It\'s impossible for the rebel groups to leave Aleppo," Zakaria Malahifji told Reuters.',
    ],
    ['Speaking to Danish television, Assad said he would fight on.', 'Assad said he would fight on.'],
    // the wire credit and the weekday
    ['The amnesty offer was issued through a decree on Thursday, the state Sana news agency reported.', 'The amnesty offer was issued through a decree.'],
    // who said it stays: the appositive here is the claimant
    [
      'Suspected Russian air strikes killed at least 46 people on Sunday, a monitor said, as government forces advanced.',
      'Suspected Russian air strikes killed at least 46 people, a monitor said, as government forces advanced.',
    ],
    // a rank before a name, and "that" after a verb of saying
    [
      'Army spokesman Brig. Gen. Samir Suleiman said that those who choose to stay will face “inevitable death.”',
      'Army spokesman Samir Suleiman said those who choose to stay will face “inevitable death.”',
    ],
    // two days are a span of time, not a date to drop
    ['Talks were held on Monday and Tuesday in Geneva.', 'Talks were held on Monday and Tuesday in Geneva.'],
    // a quotation is not edited
    ['The US officials had asked the fighters “do you want to leave, (or) do you want to be steadfast,” Malahifji said.', 'The US officials had asked the fighters “do you want to leave, (or) do you want to be steadfast,” Malahifji said.'],
  ])('%s', (input, expected) => {
    expect(compressSentence(input)).toBe(expected);
  });
});

describe('compressions', () => {
  it.each([
    // a trailing participial clause
    [
      'Militants holed up in Aleppo can leave with their families if they lay down their arms, President Bashar al-Assad said on Thursday, vowing to press on with the assault.',
      'Militants holed up in Aleppo can leave with their families if they lay down their arms, President Bashar al-Assad said.',
    ],
    // a trailing "as" clause
    [
      'Syrian President Bashar al Assad has offered an amnesty to rebels, as Russia pledged to open humanitarian corridors around the besieged city of Aleppo.',
      'Syrian President Bashar al Assad has offered an amnesty to rebels.',
    ],
    // a trailing relative clause
    ['Food and fuel supplies are critically low in eastern Aleppo, where hospitals have been repeatedly bombed out of operation.', 'Food and fuel supplies are critically low in eastern Aleppo.'],
    // a trailing breakdown of a figure
    [
      'The United Nations estimates that close to 30,000 people have been displaced by the latest fighting, 18,000 of them leaving to government-held areas.',
      'The United Nations estimates close to 30,000 people have been displaced by the latest fighting.',
    ],
    // a scene-setting opener
    ['In another blow to the fighters, the head of a new opposition alliance was seriously wounded on Saturday.', 'The head of a new opposition alliance was seriously wounded.'],
    // a participle phrase between subject and verb, even with a list inside it
    [
      'The Syrian army, backed on the ground by an array of militias including Shiite groups from Iraq, Iran and Lebanon, has vowed to crush the fighters in Aleppo.',
      'The Syrian army has vowed to crush the fighters in Aleppo.',
    ],
    // a relative clause between subject and verb
    [
      'Russia, whose air force has helped the government close in on eastern Aleppo this year, said on Saturday it was ready for talks.',
      'Russia said it was ready for talks.',
    ],
    // a purpose clause
    [
      'The envoy offered to escort up to 1,000 rebel fighters out of the city to try to bring an end to bombardment by Russian and Syrian forces.',
      'The envoy offered to escort up to 1,000 rebel fighters out of the city.',
    ],
  ])('%s', (input, shorter) => {
    const variants = compressions(input);
    expect(variants[0]).toBe(compressSentence(input));
    expect(variants).toContain(shorter);
  });

  it.each([
    // the end of a list is not a clause
    'The forces, backed by fighters from Iran, Iraq, and Lebanon, have tightened their grip on the rebel-held districts.',
    // "referring to" says what a short quote was about
    '“The expectation is weeks,” the military source said, referring to the timeframe for taking back the whole city.',
    // a cut that would leave a stub: the where-clause is the news
    'He spoke to The Associated Press in Aleppo, where government forces and allied militias are seeking to collapse an opposition pocket on the city’s eastern side.',
  ])('does not offer a cut that breaks the sentence or leaves a stub: %s', (input) => {
    const bad = ['The forces and Lebanon', '“The expectation is weeks,” the military source said.', 'He spoke to The Associated Press in Aleppo.'];
    for (const variant of compressions(input)) expect(bad.some((b) => variant.startsWith(b) && variant.length < input.length - 20), variant).toBe(false);
  });

  it('leaves a clause inside a quotation alone', () => {
    expect(compressions('“We will fight on, hoping for the best,” the commander said.')).toEqual(['“We will fight on, hoping for the best,” the commander said.']);
  });

  it('keeps every word it keeps in order, so the source still carries it', () => {
    const input = 'More than 250,000 people are believed to be trapped inside rebel-held eastern Aleppo, facing dire shortages of food and medicine.';
    for (const variant of compressions(input)) {
      const source = wordTokens(input);
      let at = 0;
      for (const word of wordTokens(variant)) at = source.indexOf(word, at) + 1 || Infinity;
      expect(at, variant).toBeLessThan(Infinity);
    }
  });
});

describe('splitClauses', () => {
  it.each([
    [
      'Syrian President Bashar al Assad has offered an amnesty to rebels, as Russia pledged to open humanitarian corridors around the besieged city of Aleppo.',
      ['Russia pledged to open humanitarian corridors around the besieged city of Aleppo.'],
    ],
    ['The talks ended without a deal, but the envoy said he would return next week.', ['The envoy said he would return next week.']],
    // not a verb phrase, a bare count, or "as well as"
    ['Rebels said they had no plan to evacuate the city and denounced the amnesty offer as a deception.', []],
    ['450.000 Syrians lost their lives in the past five years, and more than 12 million have lost their homes.', []],
    ['There would be three corridors for civilians and fleeing fighters, as well as food and first aid points.', []],
  ])('%s', (input, clauses) => {
    expect(splitClauses(input)).toEqual(clauses);
  });
});

describe('summarize on small made-up briefings', () => {
  /** A view of articles given as lists of sentences; `copies` lists [file, index] pairs that are one sentence. */
  function makeView(articles: Record<string, string[]>, copies: [string, number][][] = []): BriefingView {
    const stored: StoredArticle[] = Object.keys(articles).map((file, i) => ({
      id: i + 1, briefing: 'test', file, sha256: '', bytes: 0, title: null, outlet: `Outlet ${file}`, agencies: [], ingestedAt: '', firstSeen: '',
    }));
    const sentences: StoredSentence[] = [];
    for (const article of stored) {
      (articles[article.file] ?? []).forEach((text, index) => {
        sentences.push({ id: sentences.length + 1, articleId: article.id, file: article.file, index, paragraph: index, kind: 'body', start: 0, end: 0, text });
      });
    }
    const idOf = (file: string, index: number) => sentences.find((s) => s.file === file && s.index === index)!.id;
    const alignments: SentenceAlignment[] = [];
    const clusterOf = new Map<number, number[]>();
    for (const group of copies) {
      const ids = group.map(([file, index]) => idOf(file, index));
      for (const id of ids.slice(1)) alignments.push({ sourceSentence: ids[0]!, copySentence: id, similarity: 1, kind: 'copy', ops: [] });
      for (const id of ids) clusterOf.set(id, ids);
    }
    return {
      briefing: 'test', version: 1, articles: stored, articleByFile: new Map(stored.map((a) => [a.file, a])),
      alignments, clusterOf, derived: new Map(),
      // a summary reads only the view's parts above and the sentences
      store: new Proxy({} as BriefingStore, {
        get: (_, name) => (name === 'sentences' ? () => sentences : () => {
          throw new Error(`a summary must not read the store (${String(name)})`);
        }),
      }),
    };
  }

  const wire = 'The port authority closed the northern harbour to all shipping after a tanker ran aground at dawn.';
  const single = 'A local fishing cooperative said its members would lose a week of income because of the closure.';

  it('ranks a sentence three outlets carry above one only one outlet printed', () => {
    const view = makeView(
      {
        // both lead their articles: only the number of outlets tells them apart
        'a.txt': [single],
        'b.txt': [wire, 'Divers inspected the hull of the stranded tanker through the night and found no leak.'],
        'c.txt': [wire, 'Tugboats are expected to try to refloat the stranded vessel at high tide on Tuesday.'],
        'd.txt': [wire],
      },
      [[['b.txt', 0], ['c.txt', 0], ['d.txt', 0]]],
    );
    const answer = summarize(view, { words: 20 });
    expect(answer.sentences.map((s) => s.text)).toEqual([wire]);
    expect(answer.sentences[0]?.sources.map((c) => c.file)).toEqual(['b.txt', 'c.txt', 'd.txt']);
  });

  it('does not repeat a fact in a second wording', () => {
    const rewrite = 'The port authority shut the northern harbour to all shipping after a tanker ran aground at dawn.';
    const view = makeView({ 'a.txt': [wire, single], 'b.txt': [rewrite, 'Divers inspected the hull of the stranded tanker overnight.'] });
    const texts = summarize(view, { words: 60 }).sentences.map((s) => s.text);
    expect(texts.filter((t) => t === wire || t === rewrite)).toHaveLength(1);
  });

  it('finds a topic by its stem, as the sentences were read: "buses" is "bus", not "bu"', () => {
    const buses = 'Two buses carrying the wounded left the eastern districts under a Red Crescent escort.';
    const view = makeView({ 'a.txt': [wire, buses], 'b.txt': ['Tugboats are expected to try to refloat the stranded vessel at high tide on Tuesday.'] });
    expect(summarize(view, { topic: 'buses' }).sentences.map((s) => s.text)).toEqual([buses]);
    expect(summarize(view, { topic: 'processes' }).sentences).toEqual([]);
  });

  it('keeps a topic of several words to units naming every one, or any when too few name them all', () => {
    const both = [
      'Divers from the navy reached the tanker in the northern harbour before noon on Monday.',
      'The tanker in the northern harbour was leaking fuel oil into the water, officials said.',
      'Booms were laid around the tanker to keep the oil inside the northern harbour overnight.',
      'Fishermen said the tanker blocked the only channel out of the northern harbour all week.',
      'Salvage crews planned to pump the fuel out of the tanker in the northern harbour soon.',
    ];
    const tankerOnly = 'A second tanker waited offshore for permission to enter the port at high tide.';
    const view = makeView({ 'a.txt': [...both.slice(0, 3), tankerOnly], 'b.txt': [...both.slice(3), 'The harbour master closed the northern quays to visitors.'] });
    const shown = (topic: string) => summarize(view, { topic, words: 200 }).sentences.map((s) => s.text);
    expect(shown('tanker harbour').length).toBeGreaterThan(0);
    for (const text of shown('tanker harbour')) expect(text).toMatch(/tanker.*harbour|harbour.*tanker/);
    // no unit names both "offshore" and "quays": each that names one is on the topic
    expect(shown('offshore quays')).toEqual(expect.arrayContaining([tankerOnly, 'The harbour master closed the northern quays to visitors.']));
    // a word no sentence has leaves the others to find their units
    expect(shown('offshore zeppelin')).toEqual([tankerOnly]);
  });

  it('weighs only the units a broad topic ranks highest: the most outlets first', () => {
    const wide = 'The stranded tanker was carrying forty thousand tonnes of crude oil from the gulf.';
    const two = 'Engineers said the tanker had lost power in heavy seas near the breakwater.';
    const view = makeView(
      {
        'a.txt': ['A local fishing cooperative said its members would lose a week of income.', 'The tanker crew of twenty was taken ashore by lifeboat during the night.'],
        'b.txt': [wide, two],
        'c.txt': [wide, two],
        'd.txt': [wide, 'Divers inspected the hull of the stranded tanker through the night and found no leak.'],
      },
      [[['b.txt', 0], ['c.txt', 0], ['d.txt', 0]], [['b.txt', 1], ['c.txt', 1]]],
    );
    const kept = unitsOnTopic(summaryUnits(view), 'tanker', 2).map((unit) => unit.sentence.text);
    expect(kept).toEqual([wide, two]);
    expect(unitsOnTopic(summaryUnits(view), 'tanker')).toHaveLength(4);
  });

  it('prefers a sentence that stands alone over one that starts with a pronoun', () => {
    const view = makeView({
      'a.txt': ['The port authority closed the northern harbour to shipping at dawn.', 'It said the tanker had lost power in heavy seas near the breakwater.'],
      'b.txt': ['The harbour master said the tanker had lost power in heavy seas near the breakwater.'],
    });
    const texts = summarize(view, { words: 30 }).sentences.map((s) => s.text);
    expect(texts).toContain('The harbour master said the tanker had lost power in heavy seas near the breakwater.');
    expect(texts).not.toContain('It said the tanker had lost power in heavy seas near the breakwater.');
  });

  it('leaves out quote fragments whose speaker is in another sentence', () => {
    const view = makeView({ 'a.txt': [wire, '“There is no other way out for the ships now.”'] });
    expect(summarize(view, { words: 100 }).sentences.map((s) => s.text)).toEqual([wire]);
  });

  // the questions add no wording of their own, but they count as second reports of what the sentences say
  it('shows "He said ..." right after the sentence that says who he is, and never on its own', () => {
    const speaker = 'Fire chief Ana Ruiz said crews had contained the blaze on the northern ridge near Pine Valley overnight.';
    const follower = 'He said the evacuation order for Pine Valley would be lifted once power lines were checked.';
    const view = makeView({
      'a.txt': [speaker, 'Crews from three counties worked through the night.', follower],
      'b.txt': ['Was the blaze on the northern ridge contained overnight?', 'When will the evacuation order for Pine Valley be lifted, once power lines are checked?'],
    });
    expect(summarize(view, { words: 60 }).sentences.map((s) => s.text)).toEqual([speaker, follower, 'Crews from three counties worked through the night.']);
    expect(summarize(view, { words: 20 }).sentences.map((s) => s.text)).toEqual([speaker]);
  });

  it('shows a second clause split off a sentence beside its first, as two points', () => {
    const view = makeView({
      'a.txt': ['The port authority closed the northern harbour to all shipping, as divers inspected the hull of the stranded tanker for leaks.'],
      'b.txt': ['Why did the port authority close the northern harbour to all shipping?', 'Did divers inspect the hull of the stranded tanker for leaks?'],
    });
    const answer = summarize(view, { words: 25 });
    expect(answer.sentences.map((s) => s.text)).toEqual(['The port authority closed the northern harbour to all shipping.', 'Divers inspected the hull of the stranded tanker for leaks.']);
    expect(answer.sentences.map((s) => s.sources.map((c) => c.file))).toEqual([['a.txt'], ['a.txt']]);
  });
});
