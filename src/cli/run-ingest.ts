// `briefing ingest [BRIEFING|FOLDER]`
import { adHocBriefing, type BriefingConfig, loadBriefings } from '../config/load-briefings.ts';
import { readEnvOptions } from '../config/read-env.ts';
import { isDirectory, type IngestReport } from '../ingest/ingest-briefing.ts';
import { refreshBriefing } from '../ingest/refresh-briefing.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { BriefingStore } from '../store/store.ts';
import type { CliIo } from './main.ts';
import { UsageError } from './main.ts';
import { createProgressBar } from './progress-bar.ts';

export function runIngest(args: string[], io: CliIo): number {
  const env = readEnvOptions(io.env);
  const targets = chooseBriefings(args[0], env.briefingsDir);
  const store = openSqliteStore(env.databasePath);
  try {
    ingestBriefings(store, targets, io);
  } finally {
    store.close();
  }
  return 0;
}

/** Each briefing brought up to date, with a progress bar for long work and a report line each. */
export function ingestBriefings(store: BriefingStore, briefings: BriefingConfig[], io: CliIo): void {
  for (const briefing of briefings) {
    const bar = createProgressBar(io.err, `ingest ${briefing.name}`);
    const report = refreshBriefing(store, briefing, (done, total) => bar.update(done, total));
    bar.finish();
    io.out.write(describeIngest(report) + '\n');
  }
}

export function chooseBriefings(target: string | undefined, briefingsDir: string): BriefingConfig[] {
  const briefings = loadBriefings(briefingsDir);
  if (target === undefined) return briefings;
  const named = briefings.find((briefing) => briefing.name === target);
  if (named) return [named];
  if (isDirectory(target)) return [adHocBriefing(target)];
  const known = briefings.map((briefing) => briefing.name).join(', ') || 'none yet';
  throw new UsageError(`"${target}" is neither a briefing (known: ${known}) nor a folder of articles`);
}

export function describeIngest(report: IngestReport): string {
  const lines = [
    `${report.briefing}: ${report.added.length} added, ${report.updated.length} updated, ${report.unchanged} unchanged, ` +
      `${report.removed.length} removed, ${report.skipped.length} skipped; ${report.alignments} aligned sentence pairs`,
  ];
  for (const skipped of report.skipped) lines.push(`  skipped ${skipped.message}`);
  return lines.join('\n');
}
