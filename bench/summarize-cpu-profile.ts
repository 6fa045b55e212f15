// `tsx bench/summarize-cpu-profile.ts FILE.cpuprofile [TOP]`: self time per function (file:function:line)
// and total time per source file, from a `node --cpu-prof` profile of the benchmark.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-cpu-profile FILE.cpuprofile [TOP]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const short = (url: string) => url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/') || '(native)';
const functions = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, ms] of self) {
  const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
  const key = `${short(url)}:${functionName || '(anonymous)'}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
  files.set(short(url), (files.get(short(url)) ?? 0) + ms);
}
const show = (title: string, rows: Map<string, number>) => {
  console.log(`\n${title} (of ${(total / 1000).toFixed(1)} s sampled)`);
  for (const [key, ms] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
show('self time by function', functions);
show('self time by file', files);
