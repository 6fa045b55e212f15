// Cold start: a fresh process answering one question (`node bin/briefing.js ask aleppo summary`) on a
// store that already holds the seed briefing, timed from spawn to the first byte of the answer and to
// exit. The first run ingests the seeds and is not counted. The bundle is built first, as npm install
// builds it for a user (bin/briefing.js would otherwise run the sources through tsx after an edit).
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { median } from './percentile.ts';

export interface ColdStart {
  answerMs: number;
  exitMs: number;
  runs: number;
  command: string;
}

export async function measureColdStart(repo: string, dataDir: string, runs: number): Promise<ColdStart> {
  const args = [join(repo, 'bin/briefing.js'), 'ask', 'aleppo', 'summary'];
  execFileSync(process.execPath, [join(repo, 'scripts/build.mjs')], { cwd: repo, stdio: 'inherit' });
  await runOnce(repo, args, dataDir);
  const answers: number[] = [];
  const exits: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { answerMs, exitMs } = await runOnce(repo, args, dataDir);
    answers.push(answerMs);
    exits.push(exitMs);
  }
  return { answerMs: median(answers), exitMs: median(exits), runs, command: `DATA_DIR=<store with the seeds> node bin/briefing.js ask aleppo summary` };
}

function runOnce(repo: string, args: string[], dataDir: string): Promise<{ answerMs: number; exitMs: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let answerMs = NaN;
    let errors = '';
    const child = spawn(process.execPath, args, { cwd: repo, env: { ...process.env, DATA_DIR: dataDir, BRIEFINGS_DIR: join(repo, 'briefings') } });
    child.stdout.once('data', () => (answerMs = performance.now() - start));
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`briefing ask exited with ${code}: ${errors.slice(0, 500)}`));
      else resolve({ answerMs, exitMs: performance.now() - start });
    });
  });
}
