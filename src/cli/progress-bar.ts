// A one-line progress bar on a terminal, shown only when the work is more than a screenful of lines.

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream, label: string): ProgressBar {
  const screen = stream.isTTY ? (stream.rows ?? 24) : Infinity;
  let shown = false;
  let lastDraw = 0;
  return {
    update(done, total) {
      if (total <= screen) return;
      const now = Date.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      shown = true;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    finish() {
      if (shown) stream.write('\n');
    },
  };
}
