// `briefing start` (npm start): bring the store up to date with briefings/, then say what it holds.
import { readEnvOptions } from '../config/read-env.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { CliIo } from './main.ts';
import { runIngest } from './run-ingest.ts';

export function runStart(_args: string[], io: CliIo): number {
  const code = runIngest([], io);
  if (code !== 0) return code;
  const store = openSqliteStore(readEnvOptions(io.env).databasePath);
  try {
    for (const { briefing, articles, sentences, alignments } of store.overview()) {
      io.out.write(`${briefing}: ${articles} articles, ${sentences} sentences, ${alignments} aligned sentence pairs in the store\n`);
    }
  } finally {
    store.close();
  }
  return 0;
}
