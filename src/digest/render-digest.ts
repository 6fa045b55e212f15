// A digest as Slack messages: a compact main message (what is new, the summary's first sentences, the
// key figures) and the detail as replies in its thread, so the channel stays tidy. Also as terminal text.
import type { FiguresAnswer, QuotesAnswer } from '../answer/answer-types.ts';
import { clipSlack, escapeSlack } from '../render/block-kit-escape.ts';
import { LIMITS } from '../render/block-kit-limits.ts';
import type { Block, BlockMessage } from '../render/block-kit-types.ts';
import { citationLabel } from '../render/citation-label.ts';
import { formatClaimant, formatNumber, formatQualifier } from '../render/format-figure.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import { quoteWords } from '../render/quote-words.ts';
import { renderText } from '../render/render-text.ts';
import { type Digest, digestIsQuiet } from './build-digest.ts';

export interface DigestMessages {
  main: BlockMessage;
  replies: BlockMessage[];
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: clipSlack(text, LIMITS.sectionText) } });
const labels = (sources: { file: string; outlet: string | null; title: string | null }[]) => escapeSlack(sources.map(citationLabel).join(', '));

export function renderDigestMessages(digest: Digest): DigestMessages {
  const header = clipSlack(`${digest.title}: digest`, LIMITS.headerText);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: header, emoji: false } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(period(digest)) }] },
  ];
  if (digestIsQuiet(digest)) {
    blocks.push(section('Nothing new since the last digest.'));
    return { main: { text: `${header}: nothing new`, blocks }, replies: [] };
  }
  blocks.push(section(`*What is new*\n${newsLines(digest).map(escapeSlack).join('\n')}`));
  const lead = digest.summary.sentences.slice(0, 3).map((s) => `• ${escapeSlack(s.text)} _(${labels(s.sources)})_`);
  if (lead.length) blocks.push(section(`*Summary*\n${lead.join('\n')}`));
  if (digest.keyFigures.length) blocks.push(section(`*Key figures*\n${figureLines(digest.keyFigures).map(escapeSlack).join('\n')}`));
  if (digest.notableQuotes.length) blocks.push(section(`*Quotes*\n${quoteLines(digest.notableQuotes).map(escapeSlack).join('\n')}`));
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'The full summary, figures and quotes are in this thread.' }] });
  const replies = [
    renderBlocks(digest.summary),
    renderBlocks({ kind: 'figures', briefing: digest.briefing, topic: null, groups: digest.keyFigures }),
    renderBlocks({ kind: 'quotes', briefing: digest.briefing, query: null, about: null, speaker: null, quotes: digest.notableQuotes, suggestions: [], known: [] }),
  ].map(({ text, blocks: replyBlocks }) => ({ text, blocks: replyBlocks }));
  return { main: { text: `${header}: ${newsLines(digest)[0] ?? ''}`, blocks }, replies };
}

export function renderDigestText(digest: Digest): string {
  const lines = [`${digest.title}: digest`, period(digest)];
  if (digestIsQuiet(digest)) return [...lines, 'Nothing new since the last digest.'].join('\n');
  lines.push('', 'What is new:', ...newsLines(digest).map((line) => `  ${line}`), '', renderText(digest.summary));
  if (digest.keyFigures.length) lines.push('', 'Key figures:', ...figureLines(digest.keyFigures).map((line) => `  ${line}`));
  if (digest.notableQuotes.length) lines.push('', 'Quotes:', ...quoteLines(digest.notableQuotes).map((line) => `  ${line}`));
  return lines.join('\n');
}

function period(digest: Digest): string {
  const until = digest.until.slice(0, 16).replace('T', ' ');
  return digest.since ? `${digest.since.slice(0, 16).replace('T', ' ')} to ${until} UTC` : `Up to ${until} UTC (first digest in this channel)`;
}

function newsLines(digest: Digest): string[] {
  const lines: string[] = [];
  if (digest.newArticles.length) lines.push(`${digest.newArticles.length} new articles: ${digest.newArticles.map(citationLabel).join(', ')}`);
  if (digest.updatedArticles.length) lines.push(`${digest.updatedArticles.length} updated: ${digest.updatedArticles.map(citationLabel).join(', ')}`);
  if (digest.newQuotes.length) lines.push(`${digest.newQuotes.length} new quotes`);
  const disagreements = digest.newFigures.filter((group) => group.disagree).length;
  if (digest.newFigures.length) lines.push(`${digest.newFigures.length} new or changed figures${disagreements ? `, ${disagreements} where sources disagree` : ''}`);
  return lines;
}

function figureLines(groups: FiguresAnswer['groups']): string[] {
  return groups.map((group) => {
    const rows = group.rows.map((row) => `${`${formatQualifier(row)} ${formatNumber(row)}`.trim()} (${formatClaimant(row)}, ${row.sources.map(citationLabel).join(', ')})`);
    return `${group.disagree ? '⚠ ' : ''}${group.topic}: ${rows.join(' · ')}`;
  });
}

function quoteLines(quotes: QuotesAnswer['quotes']): string[] {
  return quotes.map((q) => `“${quoteWords(q.text)}” — ${q.speaker ?? 'unattributed'} (${q.sources.map(citationLabel).join(', ')})`);
}
