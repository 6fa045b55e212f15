import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CANDIDATES, MAX_WEAK_CANDIDATES, worthComparing } from '../../src/align/align-articles.ts';
import type { DiffOp } from '../../src/align/align-types.ts';
import { diffWords } from '../../src/align/diff-words.ts';
import { displayWords } from '../../src/core/normalize.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ingestBriefing } from '../../src/ingest/ingest-briefing.ts';
import type { StoredSentence } from '../../src/store/store.ts';
import { readEvalJson } from '../helpers/seeds.ts';
import { tempBriefing, type TempBriefing } from '../helpers/temp-store.ts';

interface Framing {
  shared_copy: { articles: [string, string] }[];
  substitutions: { from_article: string; to_article: string; from: string; to: string; min_count: number }[];
}

const diff = (a: string, b: string) => diffWords(displayWords(a), displayWords(b));

describe('diffWords', () => {
  it.each<[string, string, DiffOp[]]>([
    [
      'until rebels surrendered it in August',
      'until militants surrendered it in August',
      [{ op: 'equal', words: ['until'] }, { op: 'replace', from: ['rebels'], to: ['militants'] }, { op: 'equal', words: ['surrendered', 'it', 'in', 'August'] }],
    ],
    ['the area they control, and denounced', 'the area they control and denounced', [{ op: 'equal', words: ['the', 'area', 'they', 'control', 'and', 'denounced'] }]],
    ['in shelling and air strikes on Wednesday', 'in shelling and airstrikes on Wednesday', [
      { op: 'equal', words: ['in', 'shelling', 'and'] },
      { op: 'replace', from: ['air', 'strikes'], to: ['airstrikes'] },
      { op: 'equal', words: ['on', 'Wednesday'] },
    ]],
    ['The government also sent text messages', 'The government sent text messages', [
      { op: 'equal', words: ['The', 'government'] },
      { op: 'delete', from: ['also'] },
      { op: 'equal', words: ['sent', 'text', 'messages'] },
    ]],
  ])('%s / %s', (a, b, expected) => {
    expect(diff(a, b)).toEqual(expected);
  });
});

describe('worthComparing', () => {
  const candidates = (...shared: number[]) => ({ ids: Int32Array.from(shared, (_, id) => id), shared: Uint8Array.from(shared) });

  it('keeps every candidate sharing several hashes, up to the cap', () => {
    expect([...worthComparing(candidates(4, 3, 2, 2))]).toEqual([0, 1, 2, 3]);
    expect(worthComparing(candidates(...Array<number>(60).fill(2)))).toHaveLength(MAX_CANDIDATES);
  });

  it('compares only a few candidates that share a single hash, a stock phrase most often', () => {
    const chosen = worthComparing(candidates(3, ...Array<number>(30).fill(1)));
    expect(chosen).toHaveLength(1 + MAX_WEAK_CANDIDATES);
    expect(chosen[0]).toBe(0);
  });

  it('takes no candidates when there are none', () => {
    expect(worthComparing(undefined)).toHaveLength(0);
  });
});

describe('alignment of the seed briefing', () => {
  let temp: TempBriefing;
  let byId: Map<number, StoredSentence>;
  beforeAll(() => {
    temp = tempBriefing();
    ingestBriefing({ store: temp.store, briefing: 'aleppo', dir: temp.articlesDir, extract: extractArticle });
    byId = new Map(temp.store.sentences('aleppo').map((s) => [s.id, s]));
  });
  afterAll(() => temp.cleanup());

  const pairsBetween = (a: string, b: string) =>
    temp.store.alignments('aleppo').filter((al) => {
      const files = [byId.get(al.sourceSentence)?.file, byId.get(al.copySentence)?.file];
      return files[0] === a && files[1] === b;
    });

  it('finds every shared copy of the answer key', () => {
    const { shared_copy } = readEvalJson<Framing>('seeds_framing.json');
    for (const { articles: [a, b] } of shared_copy) {
      if (a === b) {
        const article = temp.store.article('aleppo', a);
        expect(article, a).not.toBeNull();
        continue; // verbatim repeats inside one article are paragraph repeats: see clean-article.test.ts
      }
      expect(pairsBetween(a, b).length, `${a} ~ ${b}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps the word-level substitutions of 001 against 000', () => {
    const { substitutions } = readEvalJson<Framing>('seeds_framing.json');
    const replaced = pairsBetween(substitutions[0]!.from_article, substitutions[0]!.to_article).flatMap((al) =>
      al.ops.flatMap((op) => (op.op === 'replace' ? [`${op.from.join(' ')} -> ${op.to.join(' ')}`] : [])),
    );
    const count = (pair: string) => replaced.filter((r) => r === pair).length;
    expect(count('rebels -> militants')).toBeGreaterThanOrEqual(5);
    expect(count('rebel-held -> militant-held')).toBeGreaterThanOrEqual(2);
    expect(count('rebels -> terrorists')).toBe(1);
  });

  it('does not align sentences that only share a phrase', () => {
    for (const al of temp.store.alignments('aleppo')) expect(al.similarity).toBeGreaterThanOrEqual(0.6);
  });
});
