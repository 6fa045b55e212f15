// The process environment, read once and validated; everything else gets these options passed in.
import { resolve } from 'node:path';

export interface EnvOptions {
  dataDir: string;
  briefingsDir: string;
  /** The SQLite file of the embedded store. */
  databasePath: string;
}

export function readEnvOptions(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): EnvOptions {
  const dataDir = resolve(cwd, env.DATA_DIR || 'data');
  return {
    dataDir,
    briefingsDir: resolve(cwd, env.BRIEFINGS_DIR || 'briefings'),
    databasePath: resolve(dataDir, 'briefing.db'),
  };
}
