// `npm run eval`: the team's scorer (test/data/eval/score.mjs, a copy of shared/eval's) on the output
// of the project's own --json commands for the seed briefing: quotes, figures and the summary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const evalDir = join(root, 'test/data/eval');
const articlesDir = join(root, 'briefings/aleppo/articles');
const work = mkdtempSync(join(tmpdir(), 'briefing-eval-'));

const briefing = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'bin/briefing.js'), ...args], { env: { ...process.env, DATA_DIR: join(work, 'data') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const score = (measure: string, gold: string, pred: string, ...extra: string[]) =>
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), measure, join(evalDir, gold), pred, ...extra], { encoding: 'utf8' });

try {
  const files = readdirSync(articlesDir).sort().map((file) => join('briefings/aleppo/articles', file));
  const extracted = join(work, 'extract.json');
  writeFileSync(extracted, execFileSync(process.execPath, [join(root, 'bin/briefing.js'), 'extract', '--json', ...files], { cwd: root, encoding: 'utf8' }));
  const summary = join(work, 'summary.json');
  writeFileSync(summary, briefing('ask', articlesDir, 'summary', '--json'));

  console.log('== quotes (seeds_gold.json)');
  process.stdout.write(score('quotes', 'seeds_gold.json', extracted, ...process.argv.slice(2)));
  console.log('== figures (seeds_gold.json)');
  process.stdout.write(score('figures', 'seeds_gold.json', extracted, ...process.argv.slice(2)));
  console.log('== summary (seeds_nuggets.json, 150 words)');
  process.stdout.write(score('summary', 'seeds_nuggets.json', summary, '--words', '150'));

  // our own held-out sets in other house styles; the rules were fixed against them after a first blind
  // measure, so these numbers are not blind any more (see test/data/heldout/README.md)
  for (const [measure, folder] of [['quotes', 'quotes'], ['quotes', 'quotes2'], ['quotes', 'quotes3'], ['quotes', 'quotes4'], ['quotes', 'quotes5'], ['quotes', 'quotes6'], ['quotes', 'quotes7'], ['quotes', 'quotes8'], ['quotes', 'quotes9'], ['quotes', 'quotes10'], ['figures', 'figures'], ['figures', 'figures2']] as const) {
    const heldout = join(root, 'test/data/heldout', folder);
    try {
      const texts = readdirSync(heldout).filter((file) => file.endsWith('.txt')).sort().map((file) => join(heldout, file));
      const predicted = join(work, `heldout-${folder}.json`);
      writeFileSync(predicted, execFileSync(process.execPath, [join(root, 'bin/briefing.js'), 'extract', '--json', ...texts], { encoding: 'utf8' }));
      console.log(`== ${measure} (held-out: test/data/heldout/${folder})`);
      process.stdout.write(execFileSync(process.execPath, [join(evalDir, 'score.mjs'), measure, join(heldout, 'gold.json'), predicted], { encoding: 'utf8' }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
