import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/cli/progress-bar.ts';

function fakeStream(isTTY: boolean, rows = 24) {
  const writes: string[] = [];
  const stream = { isTTY, rows, columns: 80, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('createProgressBar', () => {
  it('draws on a terminal when the work is more than a screenful', () => {
    const { stream, writes } = fakeStream(true, 10);
    const bar = createProgressBar(stream, 'ingest aleppo');
    for (let done = 1; done <= 30; done++) bar.update(done, 30);
    bar.finish();
    expect(writes[0]).toMatch(/^\ringest aleppo \[#+\.+\] 1\/30$/);
    expect(writes.at(-2)).toMatch(/\[#+\] 30\/30$/);
    expect(writes.at(-1)).toBe('\n');
  });

  it('stays silent for a screenful of work or when the output is not a terminal', () => {
    for (const [isTTY, total] of [[true, 5], [false, 500]] as const) {
      const { stream, writes } = fakeStream(isTTY);
      const bar = createProgressBar(stream, 'ingest');
      for (let done = 1; done <= total; done++) bar.update(done, total);
      bar.finish();
      expect(writes).toEqual([]);
    }
  });
});
