// Step 14: a figure whose clause only points back borrows what the figure before it was about:
// "UN envoy Staffan de Mistura has said more than 100,000 people may still be in the opposition-held
// area. The Syrian Observatory ... said it could be as many as 200,000 people."
import type { Figure } from './types.ts';

const POINTS_BACK = /^(it|this|that|the (figure|number|toll|total|count))\b.*\b(be|is|was|were|are|been)\s*$/;
const MAX_SENTENCES_BACK = 2;

/** `befores[i]`: the words before figure i in its clause, lower case. */
export function borrowContext(figures: Figure[], befores: string[]): void {
  figures.forEach((figure, i) => {
    if (figure.event || !POINTS_BACK.test((befores[i] ?? '').trim())) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = figures[j] as Figure;
      if (figure.sentence - earlier.sentence > MAX_SENTENCES_BACK) break;
      if (earlier.sentence === figure.sentence || earlier.kind !== figure.kind) continue;
      figure.event = earlier.event;
      figure.scope = [...new Set([...figure.scope, ...earlier.scope])];
      figure.what = `${figure.what} (${earlier.what})`;
      return;
    }
  });
}
