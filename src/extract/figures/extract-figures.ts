// Figures of one article, step by step: sentences (with repeated paragraphs), what each says on its own
// (tokens, claim cues, numbers with hedge, noun and context: sentence-reading.ts), the claimants of
// every sentence in reading order, then each number's claimant. Rules and word lists only; no parser
// runs over the article.
import type { CleanArticle } from '../../core/article.ts';
import { sentenceViews, type SentenceView } from './01-sentence-views.ts';
import type { Token } from './02-tokenize.ts';
import { governingCue } from './governing-cue.ts';
import type { Candidate } from './11-read-sentence.ts';
import { attributeSentences, type SentenceAttribution } from './12-attribute.ts';
import { fillGaps } from './13-fill-gaps.ts';
import { borrowContext } from './14-anaphora.ts';
import { buildClaimantContext } from './claimant-context.ts';
import { readSentenceText } from './sentence-reading.ts';
import type { Figure } from './types.ts';

export interface ExtractOptions {
  /** Read paragraphs the page prints twice (default true: a reader sees both copies). */
  repeats?: boolean;
}

export function extractFigures(article: CleanArticle, options: ExtractOptions = {}): Figure[] {
  const views = sentenceViews(article).filter((view) => options.repeats !== false || !view.repeat);
  const sentences = views.map((view) => ({ view, ...readSentenceText(view.text), text: view.text, index: view.index, paragraph: view.paragraph }));
  const ctx = buildClaimantContext(sentences);
  const attributions = attributeSentences(sentences, ctx);
  const figures: Figure[] = [];
  const befores: string[] = [];
  sentences.forEach((s, i) => {
    if (!s.candidates.length) return;
    const attribution = attributions[i] as SentenceAttribution;
    const found = s.candidates.map((c) => toFigure(c, s.view, s.tokens, attribution));
    fillGaps(found, s.candidates, s.tokens, figures);
    figures.push(...found);
    befores.push(...s.candidates.map((c) => c.context.before));
  });
  borrowContext(figures, befores);
  return dropRestatedHeadlines(figures, article);
}

/**
 * "Kenya dam burst kills at least 42 as floods batter East Africa": a headline's figure that the story
 * restates is the story's, with the source the story gives it; a headline figure the story does not
 * repeat is kept.
 */
function dropRestatedHeadlines(figures: Figure[], article: CleanArticle): Figure[] {
  const inBody = (f: Figure): boolean => article.sentences[f.sentence]?.kind === 'body';
  if (figures.every(inBody)) return figures;
  const told = new Set(figures.filter(inBody).map((f) => `${f.value}|${f.unit}`));
  return figures.filter((f) => inBody(f) || !told.has(`${f.value}|${f.unit}`));
}

function toFigure(c: Candidate, view: SentenceView, tokens: Token[], attribution: SentenceAttribution): Figure {
  const firstToken = tokens[c.first] as Token;
  const lastToken = tokens[c.last] as Token;
  const cue = governingCue(attribution.cues, c.span.first, tokens);
  const claimant = (cue && 'claimant' in cue ? (cue.claimant as string) : null) ?? attribution.quoteSpeaker ?? 'reporter';
  return {
    value: round(c.span.value * c.unit.factor),
    unit: c.unit.unit,
    approx: c.qualifier?.approx ?? 'exact',
    qualifier: c.qualifier?.text ?? null,
    kind: c.unit.kind,
    what: c.context.what,
    claimant,
    sentence: view.index,
    paragraph: view.paragraph,
    start: view.offsets[firstToken.start] as number,
    end: (view.offsets[lastToken.end - 1] as number) + 1,
    text: view.text.slice(firstToken.start, lastToken.end),
    high: c.span.high === null ? null : round(c.span.high * c.unit.factor),
    event: c.context.event,
    // a copy: the candidate is shared by every article with the sentence
    scope: [...c.context.scope],
    part: c.unit.part || c.context.part,
    repeat: view.repeat,
  };
}

/** 0.1 * 3 is 0.30000000000000004 */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;
