// `briefing ask <BRIEFING|FOLDER> "<question>" [--json] [--words N]`: one answer, then exit. The store is
// brought up to date first (cheap when nothing changed), so a folder of articles works as it is.
import { parseArgs } from 'node:util';
import { answerQuery } from '../answer/answer-query.ts';
import { readEnvOptions } from '../config/read-env.ts';
import { refreshBriefing } from '../ingest/refresh-briefing.ts';
import { answerJson } from '../render/render-json.ts';
import { renderText } from '../render/render-text.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { CliIo } from './main.ts';
import { UsageError } from './main.ts';
import { chooseBriefings, describeIngest } from './run-ingest.ts';

export function runAsk(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, words: { type: 'string' } },
    allowPositionals: true,
  });
  const [target, ...words] = positionals;
  if (!target) throw new UsageError('ask needs a briefing (or a folder of articles) and a question, e.g. briefing ask aleppo "quotes de Mistura"');
  const summaryWords = values.words === undefined ? undefined : Number(values.words);
  if (summaryWords !== undefined && !(summaryWords > 0)) throw new UsageError('--words takes a positive number');
  const env = readEnvOptions(io.env);
  const [briefing] = chooseBriefings(target, env.briefingsDir);
  if (!briefing) throw new UsageError(`no briefing "${target}"`);
  const store = openSqliteStore(env.databasePath);
  try {
    const report = refreshBriefing(store, briefing);
    if (report.added.length + report.updated.length + report.removed.length + report.skipped.length > 0) io.err.write(describeIngest(report) + '\n');
    const answer = answerQuery({ store, briefing: briefing.name, command: briefing.command, summaryWords }, words.join(' '));
    io.out.write((values.json ? JSON.stringify(answerJson(answer), null, 2) : renderText(answer)) + '\n');
  } finally {
    store.close();
  }
  return 0;
}
