// The sentence of the article read so far that holds an offset. The sentences are kept in reading
// order and he/she tries every person named so far, so the sentence is found by halving.

export function sentenceAt<S extends { at: number }>(sentences: readonly S[], at: number): S | undefined {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as S).at <= at) low = middle + 1;
    else high = middle;
  }
  return sentences[low - 1];
}
