// `npx tsx src/slack/write-manifest.ts`: rewrite slack-manifest.yaml from the briefings in BRIEFINGS_DIR.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBriefings } from '../config/load-briefings.ts';
import { readEnvOptions } from '../config/read-env.ts';
import { manifestYaml } from './build-manifest.ts';

const file = resolve(process.cwd(), 'slack-manifest.yaml');
writeFileSync(file, manifestYaml(loadBriefings(readEnvOptions().briefingsDir)));
console.log(`wrote ${file}`);
