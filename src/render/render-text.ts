// Answers as terminal text: the local mode and `briefing ask` print this.
import type { Answer, FiguresAnswer, HelpAnswer, QuotesAnswer, SearchAnswer, SourcesAnswer, SummaryAnswer } from '../answer/answer-types.ts';
import { citationLabel } from './citation-label.ts';
import { formatClaimant, formatNumber, formatQualifier } from './format-figure.ts';
import { helpLines } from './help-lines.ts';
import { quoteWords } from './quote-words.ts';

const cite = (sources: { file: string; outlet: string | null; title: string | null }[]) => `[${sources.map(citationLabel).join('; ')}]`;

export function renderText(answer: Answer): string {
  switch (answer.kind) {
    case 'summary':
      return renderSummary(answer);
    case 'sources':
      return renderSources(answer);
    case 'search':
      return renderSearch(answer);
    case 'quotes':
      return renderQuotes(answer);
    case 'figures':
      return renderFigures(answer);
    case 'help':
      return renderHelp(answer);
  }
}

function renderSummary(answer: SummaryAnswer): string {
  const head = answer.topic ? `Summary of ${answer.briefing}: ${answer.topic}` : `Summary of ${answer.briefing}`;
  if (answer.sentences.length === 0) return `${head}\n  Nothing in the briefing is about "${answer.topic}".`;
  return [head, ...answer.sentences.map((s) => `  • ${s.text} ${cite(s.sources)}`)].join('\n');
}

function renderSources(answer: SourcesAnswer): string {
  const lines = [`Sources of ${answer.briefing}: ${answer.articles.length} articles`];
  for (const article of answer.articles) {
    const cites = article.agencies.length ? `, cites ${article.agencies.join(', ')}` : '';
    lines.push(`  • ${citationLabel(article)}: ${article.title ?? '(no headline)'} (${article.words} words${cites})`);
  }
  if (answer.shared.length) lines.push('', 'Shared wire copy:');
  for (const pair of answer.shared) {
    const verbatim = pair.verbatim ? `, ${pair.verbatim} verbatim` : '';
    lines.push(`  • ${citationLabel(pair.copy)} shares ${pair.sentences} sentences (${Math.round(pair.share * 100)}% of it) with ${citationLabel(pair.source)}${verbatim}`);
    const wording = pair.wordChoices.filter((choice) => !choice.spelling);
    if (wording.length) {
      const changes = wording.map((c) => `"${c.from}" → "${c.to}"${c.count > 1 ? ` (${c.count} times)` : ''}`);
      lines.push(`    rewrites: ${changes.join(', ')}`);
    }
  }
  if (answer.labels.length) {
    lines.push('', 'Loaded labels only some outlets use:');
    for (const label of answer.labels) lines.push(`  • "${label.label}" ${label.count}× in ${citationLabel(label.article)}`);
  }
  return lines.join('\n');
}

function renderSearch(answer: SearchAnswer): string {
  if (answer.hits.length === 0) return `No sentence in ${answer.briefing} matches "${answer.query}".`;
  const lines = [`Search ${answer.briefing} for "${answer.query}": ${answer.hits.length} sentences`];
  for (const hit of answer.hits) {
    const text = hit.segments.map((segment) => (segment.match ? `*${segment.text}*` : segment.text)).join('');
    lines.push(`  • ${text} ${cite(hit.sources)}`);
  }
  return lines.join('\n');
}

function renderQuotes(answer: QuotesAnswer): string {
  if (answer.query && !answer.speaker) {
    const didYouMean = answer.suggestions.length ? ` Did you mean ${answer.suggestions.join(' or ')}?` : '';
    return `No speaker called "${answer.query}" in ${answer.briefing}.${didYouMean}\n  Known speakers: ${answer.known.join(', ') || 'none yet'}`;
  }
  const who = answer.speaker ? answer.speaker.name : 'everyone';
  const about = answer.about ? ` about "${answer.about}"` : '';
  const fuzzy = answer.speaker?.via === 'fuzzy' ? ` (closest match to "${answer.query}")` : '';
  if (answer.quotes.length === 0) return `No quotes from ${who}${about} in ${answer.briefing}.`;
  const lines = [`Quotes from ${who}${fuzzy}${about}: ${answer.quotes.length}`];
  for (const quote of answer.quotes) {
    const speaker = answer.speaker ? '' : ` — ${quote.speaker ?? 'unattributed'}`;
    lines.push(`  • “${quoteWords(quote.text)}”${speaker} ${cite(quote.sources)}`);
    for (const variant of quote.variants) lines.push(`      also as “${variant.text}” ${cite(variant.sources)}`);
  }
  return lines.join('\n');
}

function renderFigures(answer: FiguresAnswer): string {
  const about = answer.topic ? ` about "${answer.topic}"` : '';
  if (answer.groups.length === 0) return `No figures${about} in ${answer.briefing}.`;
  const lines = [`Figures in ${answer.briefing}${about}: ${answer.groups.length} groups`];
  for (const group of answer.groups) {
    lines.push(`  ${group.disagree ? '⚠ sources disagree: ' : ''}${group.topic}`);
    for (const row of group.rows) {
      const number = `${formatQualifier(row)} ${formatNumber(row)}`.trim();
      lines.push(`    ${number.padEnd(32)} ${formatClaimant(row)} ${cite(row.sources)}`);
    }
  }
  return lines.join('\n');
}

function renderHelp(answer: HelpAnswer): string {
  const lines = answer.reason ? [answer.reason, ''] : [];
  return [...lines, ...helpLines(answer.command).map(([usage, what]) => `  ${usage.padEnd(34)} ${what}`)].join('\n');
}
