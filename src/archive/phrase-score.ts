import { editDistance } from "./search-text.js";

/** How well one phrase word matches one quote word: exact 1, one typo 0.8, a cut-off last word 0.9. */
function wordWeight(phraseWord: string, quoteWord: string, isLast: boolean): number {
  if (phraseWord === quoteWord) return 1;
  if (isLast && phraseWord.length >= 3 && quoteWord.startsWith(phraseWord)) return 0.9;
  if (phraseWord.length >= 4 && editDistance(phraseWord, quoteWord, 1) <= 1) return 0.8;
  return 0;
}

/**
 * Scores a quote against a phrase, 0..1: the best in-order alignment of the phrase's words with
 * the quote's (a weighted longest common subsequence), divided by the phrase's length, less a
 * small penalty for gaps so "should be frozen" beats "should … be … frozen".
 */
export function phraseScore(phrase: readonly string[], quote: readonly string[]): number {
  if (phrase.length === 0) return 0;
  const rows = phrase.length + 1;
  const cols = quote.length + 1;
  const best = new Float64Array(rows * cols);
  const run = new Uint8Array(rows * cols);
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const weight = wordWeight(phrase[i - 1] ?? "", quote[j - 1] ?? "", i === phrase.length);
      const diagonal = weight > 0 ? (best[(i - 1) * cols + j - 1] ?? 0) + weight : 0;
      const up = best[(i - 1) * cols + j] ?? 0;
      const left = best[i * cols + j - 1] ?? 0;
      const value = Math.max(diagonal, up, left);
      best[i * cols + j] = value;
      run[i * cols + j] = weight > 0 && value === diagonal ? 1 : 0;
    }
  }
  const gapPenalty = contiguityPenalty(run, rows, cols);
  return Math.max(0, (best[rows * cols - 1] ?? 0) / phrase.length - gapPenalty);
}

/** 0 when the phrase's words appear side by side somewhere, up to 0.1 when scattered. */
function contiguityPenalty(run: Uint8Array, rows: number, cols: number): number {
  if (rows <= 2) return 0;
  let longest = 0;
  for (let j = 1; j < cols; j += 1) {
    let length = 0;
    for (let i = 1, k = j; i < rows && k < cols; i += 1, k += 1) {
      length = run[i * cols + k] ? length + 1 : 0;
      longest = Math.max(longest, length);
    }
  }
  return 0.1 * (1 - longest / (rows - 1));
}
