// `briefing extract [--json] FILES...`: the engine on any files, without the store. The JSON shape is what
// the team's scorer reads: {"articles": [{"file", "title", "outlet", "paragraphs", "quotes", "figures"}]}.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeArticle } from '../ingest/01-decode.ts';
import { cleanArticle } from '../ingest/clean-article.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { resolveSpeakers, speakerOf } from '../extract/quotes/index.ts';
import type { CliIo } from './main.ts';
import { UsageError } from './main.ts';

export function runExtract(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) throw new UsageError('extract needs at least one article file');
  const articles = [];
  let failures = 0;
  for (const file of positionals) {
    const decoded = decodeArticle(readFileSync(file));
    if (!decoded.ok) {
      io.err.write(`briefing: skipped ${file}: ${decoded.message}\n`);
      failures++;
      continue;
    }
    const article = cleanArticle(decoded.text, file);
    const extracted = extractArticle(article);
    articles.push({
      file,
      title: article.title,
      outlet: article.outlet,
      agencies: article.agencies,
      paragraphs: article.paragraphs.filter((p) => p.repeatOf === null).map((p) => p.text),
      ...extracted,
    });
  }
  // a speaker is named by the fullest name found across all the files given ("de Mistura" -> "Staffan de Mistura")
  const speakers = resolveSpeakers(articles.map((article) => ({ file: article.file, quotes: article.quotes })));
  const output = articles.map((article) => ({
    ...article,
    quotes: article.quotes.map((quote, i) => ({ ...quote, speaker: speakerOf(speakers, article.file, i)?.name ?? quote.speaker })),
    // "between 40 and 45 per cent" states two numbers: each end is listed, the top one after the bottom
    figures: article.figures.flatMap((figure) => (figure.high === null ? [figure] : [figure, { ...figure, value: figure.high, high: null }])),
  }));
  if (values.json) io.out.write(JSON.stringify({ articles: output }, null, 2) + '\n');
  else for (const article of output) io.out.write(describeArticle(article) + '\n');
  return failures > 0 && articles.length === 0 ? 1 : 0;
}

function describeArticle(article: { file: string; title: string | null; outlet: string | null; agencies: string[]; paragraphs: string[] }): string {
  const head = `${article.file}\n  title: ${article.title ?? '(none stated)'}\n  outlet: ${article.outlet ?? '(not stated)'}` +
    `\n  cites: ${article.agencies.join(', ') || '(no wire agency)'}\n  ${article.paragraphs.length} paragraphs`;
  return head + '\n' + article.paragraphs.map((p) => `    ${p}`).join('\n');
}
