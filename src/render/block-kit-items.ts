// Each answer kind as a title, an optional intro line and a list of items (mrkdwn, escaped), which
// render-blocks.ts lays out into pages. Every piece of article or user text passes through `esc`.
import type { Answer, Citation, FiguresAnswer, HelpAnswer, QuotesAnswer, SearchAnswer, SourcesAnswer, SummaryAnswer } from '../answer/answer-types.ts';
import { escapeSlack as esc } from './block-kit-escape.ts';
import { citationLabel } from './citation-label.ts';
import { formatClaimant } from './format-figure.ts';
import { helpLines } from './help-lines.ts';

export interface AnswerItems {
  /** Plain text for the header (escaped too: it may hold the user's words). */
  title: string;
  intro: string | null;
  items: string[];
}

const cite = (sources: Citation[]) => (sources.length ? ` _[${sources.map((source) => esc(citationLabel(source))).join('; ')}]_` : '');
const quoted = (text: string) => `“${esc(text)}”`;

export function answerItems(answer: Answer): AnswerItems {
  switch (answer.kind) {
    case 'summary':
      return summaryItems(answer);
    case 'sources':
      return sourcesItems(answer);
    case 'search':
      return searchItems(answer);
    case 'quotes':
      return quotesItems(answer);
    case 'figures':
      return figuresItems(answer);
    case 'help':
      return helpItems(answer);
  }
}

function summaryItems(answer: SummaryAnswer): AnswerItems {
  const title = answer.topic ? `Summary of ${answer.briefing}: ${answer.topic}` : `Summary of ${answer.briefing}`;
  if (answer.sentences.length === 0) return { title: esc(title), intro: null, items: [`Nothing in the briefing is about ${quoted(answer.topic ?? '')}.`] };
  return { title: esc(title), intro: `${answer.sentences.length} sentences, ${answer.words} words`, items: answer.sentences.map((s) => `• ${esc(s.text)}${cite(s.sources)}`) };
}

function sourcesItems(answer: SourcesAnswer): AnswerItems {
  const items = answer.articles.map((article) => {
    const agencies = article.agencies.length ? `, cites ${esc(article.agencies.join(', '))}` : '';
    return `• *${esc(citationLabel(article))}*: ${esc(article.title ?? '(no headline)')} (${article.words} words${agencies})`;
  });
  answer.shared.forEach((pair, i) => {
    const verbatim = pair.verbatim ? `, ${pair.verbatim} verbatim` : '';
    const rewrites = pair.wordChoices.filter((choice) => !choice.spelling).map((c) => `${quoted(c.from)} → ${quoted(c.to)}${c.count > 1 ? ` (${c.count}×)` : ''}`);
    const line = `• ${esc(citationLabel(pair.copy))} shares ${pair.sentences} sentences (${Math.round(pair.share * 100)}% of it) with ${esc(citationLabel(pair.source))}${verbatim}`;
    items.push(`${i === 0 ? '*Shared wire copy*\n' : ''}${line}${rewrites.length ? `\n    rewrites: ${rewrites.join(', ')}` : ''}`);
  });
  answer.labels.forEach((label, i) => {
    items.push(`${i === 0 ? '*Loaded labels only some outlets use*\n' : ''}• ${quoted(label.label)} ${label.count}× in ${esc(citationLabel(label.article))}`);
  });
  return { title: esc(`Sources of ${answer.briefing}`), intro: `${answer.articles.length} articles, ${answer.shared.length} shared copies`, items };
}

function searchItems(answer: SearchAnswer): AnswerItems {
  const title = esc(`Search ${answer.briefing} for "${answer.query}"`);
  if (answer.hits.length === 0) return { title, intro: null, items: [`No sentence in ${esc(answer.briefing)} matches ${quoted(answer.query)}.`] };
  const items = answer.hits.map((hit) => `• ${hit.segments.map((segment) => (segment.match ? bold(segment.text) : esc(segment.text))).join('')}${cite(hit.sources)}`);
  return { title, intro: `${answer.hits.length} sentences`, items };
}

function quotesItems(answer: QuotesAnswer): AnswerItems {
  if (answer.query && !answer.speaker) {
    const didYouMean = answer.suggestions.length ? ` Did you mean ${answer.suggestions.map((name) => `*${esc(name)}*`).join(' or ')}?` : '';
    return {
      title: esc(`No speaker called "${answer.query}"`),
      intro: null,
      items: [`No speaker called ${quoted(answer.query)} in ${esc(answer.briefing)}.${didYouMean}`, `Known speakers: ${esc(answer.known.join(', ') || 'none yet')}`],
    };
  }
  const who = answer.speaker ? answer.speaker.name : 'everyone';
  const about = answer.about ? ` about "${answer.about}"` : '';
  const title = esc(`Quotes from ${who}${about}`);
  if (answer.quotes.length === 0) return { title, intro: null, items: [`No quotes from ${esc(who)}${esc(about)} in ${esc(answer.briefing)}.`] };
  const fuzzy = answer.speaker?.via === 'fuzzy' ? `closest match to ${quoted(answer.query ?? '')}; ` : '';
  const items = answer.quotes.map((quote) => {
    const speaker = answer.speaker ? '' : ` — ${esc(quote.speaker ?? 'unattributed')}`;
    const variants = quote.variants.map((variant) => `\n    also as ${quoted(variant.text)}${cite(variant.sources)}`).join('');
    return `• ${quoted(quote.text)}${speaker}${cite(quote.sources)}${variants}`;
  });
  return { title, intro: `${fuzzy}${answer.quotes.length} quotes`, items };
}

/** Room left in a section for one group's rows; a longer group continues in the next item. */
const GROUP_CHARS = 2800;

function figuresItems(answer: FiguresAnswer): AnswerItems {
  const about = answer.topic ? ` about "${answer.topic}"` : '';
  const title = esc(`Figures in ${answer.briefing}${about}`);
  if (answer.groups.length === 0) return { title, intro: null, items: [`No figures${esc(about)} in ${esc(answer.briefing)}.`] };
  const items: string[] = [];
  for (const group of answer.groups) {
    const heading = `${group.disagree ? ':warning: *sources disagree:* ' : ''}*${esc(group.topic)}*`;
    let item = heading;
    for (const row of group.rows) {
      const claimant = esc(formatClaimant(row));
      const line = `\n• ${esc(row.text)} — ${claimant}${cite(row.sources)}`;
      if (item.length + line.length > GROUP_CHARS && item !== heading) {
        items.push(item);
        item = `${heading} (continued)`;
      }
      item += line;
    }
    items.push(item);
  }
  const disagree = answer.groups.filter((group) => group.disagree).length;
  return { title, intro: `${answer.groups.length} groups${disagree ? `, ${disagree} where sources disagree` : ''}`, items };
}

function helpItems(answer: HelpAnswer): AnswerItems {
  const lines = helpLines(answer.command).map(([usage, what]) => `\`${esc(usage)}\`  ${esc(what)}`);
  return { title: esc(`Asking ${answer.briefing}`), intro: answer.reason ? esc(answer.reason) : null, items: [lines.join('\n')] };
}

/** "*trapped*": Slack's bold needs no space inside the stars, so surrounding spaces stay outside. */
function bold(text: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  return core ? `${lead}*${esc(core)}*${trail}` : esc(text);
}
