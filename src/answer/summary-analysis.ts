// What a summary needs of each sentence text: its facts, content words and shorter wordings. They depend
// on the text alone, so a briefing keeps them from one store version to the next: after an ingest adds
// fifty articles to ten thousand, only the new sentences are read (`TextAnalyses`).
// Facts are numbered (`FactTable`): a fact is met once per unit and per wording, millions of times in a
// large briefing, and counting ids in arrays is what keeps the summary's weights within a reply's time.
import { countWords } from '../core/normalize.ts';
import { shorterWordings } from './summary-compress.ts';
import { type FactKind, factKind, type FactSink, readFacts } from './summary-facts.ts';
import { contentTerms } from './term-vectors.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 50;
/** A table this many times the size of the facts in use is rebuilt. */
const STALE_FACTS = 2;

export interface Wording {
  text: string;
  words: number;
  /** Fact ids (see FactTable), each once, in the order the text states them. */
  facts: Int32Array;
  /** Content-word stems (ids in a TermTable), each once, in the order the text has them: for topics and repetition. */
  terms: Int32Array;
  /** A second clause split off the sentence ("Russia pledged to open humanitarian corridors ..."). */
  tail: boolean;
}

export interface TextAnalysis {
  /** Fact ids of the whole text, in order, repeats kept. */
  facts: Int32Array;
  /** Made when asked for (`termsOf`): only the texts a summary shows need them. */
  terms: Int32Array | null;
  /** Its wordings fit for a summary, shortest cuts included; made only when asked (`wordingsOf`). */
  wordings: Wording[] | null;
}

/**
 * Every fact of a briefing, numbered in the order met; with its kind and, for a figure, the thing counted.
 * A fact is looked up by its parts (the term strings come from a memo, so they hash once), and its name
 * ("amnesty+offer", as summaryFacts writes it) is made only the first time it is met.
 */
export class FactTable {
  private readonly ids = new Map<string, number>();
  /** Each fact's name, as summaryFacts writes it, by id. */
  readonly names: string[] = [];
  readonly kinds: FactKind[] = [];
  /** For a figure ("#30000 people"), the id of what it counts ("people") among `things`; else -1. */
  readonly thingOf: number[] = [];
  private readonly things = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly quotedWords = new Map<string, number>();
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly figures = new Map<string, Map<string, number>>();

  get size(): number {
    return this.kinds.length;
  }

  get thingCount(): number {
    return this.things.size;
  }

  /** The text's facts as ids, in the order summaryFacts lists them. */
  idsOf(text: string): Int32Array {
    const ids: number[] = [];
    const sink: FactSink = {
      word: (term) => ids.push(this.once(this.words, term, () => term)),
      pair: (first, second) => ids.push(this.once(this.inner(this.pairs, first), second, () => `${first}+${second}`)),
      figure: (count, term) => ids.push(this.once(this.inner(this.figures, count), term, () => `${count} ${term}`)),
      quoted: (term) => ids.push(this.once(this.quotedWords, term, () => `"${term}`)),
    };
    readFacts(text, sink);
    return Int32Array.from(ids);
  }

  idOf(fact: string): number {
    let id = this.ids.get(fact);
    if (id === undefined) {
      id = this.kinds.length;
      this.ids.set(fact, id);
      this.names.push(fact);
      const kind = factKind(fact);
      this.kinds.push(kind);
      this.thingOf.push(kind === 'figure' ? this.thingId(fact.slice(fact.indexOf(' ') + 1)) : -1);
    }
    return id;
  }

  /** The id kept under `key`, found by name the first time (two parts may spell one name: the word "a+b" and the pair a, b). */
  private once(map: Map<string, number>, key: string, name: () => string): number {
    let id = map.get(key);
    if (id === undefined) {
      id = this.idOf(name());
      map.set(key, id);
    }
    return id;
  }

  private inner(outer: Map<string, Map<string, number>>, key: string): Map<string, number> {
    let map = outer.get(key);
    if (!map) outer.set(key, (map = new Map()));
    return map;
  }

  private thingId(thing: string): number {
    let id = this.things.get(thing);
    if (id === undefined) {
      id = this.things.size;
      this.things.set(thing, id);
    }
    return id;
  }
}

/**
 * Content-word stems, numbered: a text's terms are an array of ids, a tenth of the memory of a set of
 * strings (a set per shown text and wording was half of a large briefing's summary memory).
 */
export class TermTable {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The text's content-word stems as ids, each once, in the order the text has them. */
  idsOf(text: string): Int32Array {
    const ids = new Set<number>();
    for (const term of contentTerms(text)) {
      let id = this.ids.get(term);
      if (id === undefined) this.ids.set(term, (id = this.ids.size));
      ids.add(id);
    }
    return Int32Array.from(ids);
  }

  /** The term's id, or -1 when no text read has it. */
  find(term: string): number {
    return this.ids.get(term) ?? -1;
  }
}

/**
 * The analyses of one briefing's sentence texts, kept from one store version's units to the next (`build`):
 * a text the next build does not read (its article was removed) is forgotten. Facts are only ever added
 * to a table, so when most of its facts are of texts gone, the next build starts a new one (and a new
 * term table) and reads every text again: a briefing that rolls over its articles keeps tables about the
 * size of what it holds.
 */
export class TextAnalyses {
  facts = new FactTable();
  terms = new TermTable();
  private previous = new Map<string, TextAnalysis>();
  private current = new Map<string, TextAnalysis>();

  /** Runs one store version's build, which reads its texts through this; with the fact and term tables it numbered them in. */
  build<T>(collect: () => T): { built: T; facts: FactTable; terms: TermTable } {
    this.current = new Map();
    const built = collect();
    const { facts, terms } = this;
    this.previous = this.current;
    if (facts.size > STALE_FACTS * this.factsInUse()) {
      this.facts = new FactTable();
      this.terms = new TermTable();
      this.previous = new Map();
    }
    return { built, facts, terms };
  }

  /** How many of the table's facts the texts read by the last build state. */
  private factsInUse(): number {
    const used = new Uint8Array(this.facts.size);
    let count = 0;
    const mark = (ids: Int32Array) => {
      for (const id of ids) {
        if (used[id]) continue;
        used[id] = 1;
        count++;
      }
    };
    for (const analysis of this.previous.values()) {
      mark(analysis.facts);
      for (const wording of analysis.wordings ?? []) mark(wording.facts);
    }
    return count;
  }

  of(text: string): TextAnalysis {
    let analysis = this.current.get(text);
    if (analysis) return analysis;
    analysis = this.previous.get(text) ?? { facts: this.facts.idsOf(text), terms: null, wordings: null };
    this.current.set(text, analysis);
    return analysis;
  }

  /** The text's content-word stems, as ids in `terms`. */
  termsOf(text: string): Int32Array {
    const analysis = this.of(text);
    analysis.terms ??= this.terms.idsOf(text);
    return analysis.terms;
  }

  /** The text's wordings of MIN_WORDS to MAX_WORDS words. */
  wordingsOf(text: string): Wording[] {
    const analysis = this.of(text);
    analysis.wordings ??= shorterWordings(text)
      .map(({ text: wording, tail }) => this.wordingOf(wording, tail))
      .filter((w) => w.words >= MIN_WORDS && w.words <= MAX_WORDS);
    return analysis.wordings;
  }

  /** A wording is a text like any other: the uncut one is the sentence itself, already read. */
  private wordingOf(text: string, tail: boolean): Wording {
    return { text, words: countWords(text), facts: Int32Array.from(new Set(this.of(text).facts)), terms: this.termsOf(text), tail };
  }
}
