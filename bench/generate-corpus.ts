// Writes a corpus of scraped article files into a folder: wire stories republished by several outlets,
// stories only one outlet ran, and the odd file scraped twice under two names. The file order is
// shuffled so that the copies of a story are spread through the briefing, as scrapes of many feeds are.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishCopy } from './publish-copy.ts';
import { createRandom } from './random.ts';
import { createCast, createScene, type Person } from './scene.ts';
import { OUTLETS } from './vocabulary.ts';
import { writeStory } from './write-story.ts';

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  /** The cast the stories quote, for the benchmark's queries. */
  cast: Person[];
  stories: number;
}

const CAST_SIZE = 240;

export function generateCorpus(dir: string, articles: number, seed: number): Corpus {
  mkdirSync(dir, { recursive: true });
  const r = createRandom(seed);
  const cast = createCast(r, CAST_SIZE);
  const slots = r.shuffle(Array.from({ length: articles }, (_, i) => i));
  const width = String(articles).length;
  const files: string[] = [];
  let bytes = 0;
  let stories = 0;
  let previous = '';
  const write = (text: string, outlet: string) => {
    const slot = slots[files.length] as number;
    const file = `${String(slot).padStart(width, '0')}_${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.txt`;
    const data = Buffer.from(text, 'utf8');
    writeFileSync(join(dir, file), data);
    files.push(file);
    bytes += data.length;
    previous = text;
  };
  while (files.length < articles) {
    const story = writeStory(r, createScene(r, cast));
    stories++;
    const wire = r.chance(0.6);
    const copies = wire ? r.int(2, 6) : 1;
    for (const outlet of r.shuffle(OUTLETS).slice(0, copies)) {
      if (files.length >= articles) break;
      // a page scraped twice under two names: the same bytes
      if (previous && r.chance(0.01)) write(previous, `${outlet.name}-again`);
      if (files.length < articles) write(publishCopy(r, story, outlet, wire), outlet.name);
    }
  }
  files.sort();
  return { dir, files, bytes, cast, stories };
}
