// A real SQLite store in a temporary folder, removed after the test.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStoreOptions } from '../../src/store/sqlite-store.ts';
import type { BriefingStore } from '../../src/store/store.ts';
import { SEEDS_DIR } from './seeds.ts';

export interface TempBriefing {
  dir: string;
  articlesDir: string;
  dbPath: string;
  store: BriefingStore;
  cleanup(): void;
}

/** A temporary folder with a copy of the seed articles and a fresh store. */
export function tempBriefing(options: SqliteStoreOptions & { files?: string[] } = {}): TempBriefing {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-test-'));
  const articlesDir = join(dir, 'articles');
  cpSync(SEEDS_DIR, articlesDir, { recursive: true, filter: (source) => !options.files || source === SEEDS_DIR || options.files.some((file) => source.endsWith(file)) });
  const dbPath = join(dir, 'data', 'briefing.db');
  const store = openSqliteStore(dbPath, options);
  return {
    dir,
    articlesDir,
    dbPath,
    store,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
