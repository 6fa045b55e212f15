// `npm run build` (also run by npm install / npm ci through "prepare"): bundles the command's
// TypeScript into dist/briefing.mjs with esbuild, so that starting it skips tsx's on-the-fly compiling
// (about half of a cold start). bin/briefing.js uses the bundle only while it is newer than every source.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/briefing.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
