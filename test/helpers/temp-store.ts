// A real SQLite store in a temporary folder, removed after the test.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
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
export function tempBriefing(): TempBriefing {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-test-'));
  const articlesDir = join(dir, 'articles');
  cpSync(SEEDS_DIR, articlesDir, { recursive: true });
  const dbPath = join(dir, 'data', 'briefing.db');
  const store = openSqliteStore(dbPath);
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
