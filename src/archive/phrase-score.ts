import { editDistance } from "./search-text.js";

/** How well one phrase word matches one quote word: exact 1, a cut-off last word 0.9, one typo 0.8. */
function wordWeight(phraseWord: string, quoteWord: string, isLast: boolean): number {
  if (phraseWord === quoteWord) return 1;
  if (isLast && phraseWord.length >= 3 && quoteWord.startsWith(phraseWord)) return 0.9;
  if (phraseWord.length >= 4 && editDistance(phraseWord, quoteWord, 1) <= 1) return 0.8;
  return 0;
}

/**
 * A scorer for one phrase, 0..1 per quote: the best in-order alignment of the phrase's words
 * with the quote's (a weighted longest common subsequence) over the phrase's length, less up
 * to 0.1 when the words are scattered rather than side by side. Word weights are cached, so
 * scoring many candidates costs one comparison per distinct word pair.
 */
export function createPhraseScorer(phrase: readonly string[]) {
  const cache = phrase.map(() => new Map<string, number>());
  const weight = (i: number, word: string) => {
    const known = cache[i]?.get(word);
    if (known !== undefined) return known;
    const value = wordWeight(phrase[i] ?? "", word, i === phrase.length - 1);
    cache[i]?.set(word, value);
    return value;
  };

  return function score(quote: readonly string[]): number {
    if (phrase.length === 0) return 0;
    const cols = quote.length + 1;
    let previous = new Float64Array(cols);
    let previousRun = new Uint16Array(cols);
    let longestRun = 0;
    for (let i = 0; i < phrase.length; i += 1) {
      const current = new Float64Array(cols);
      const run = new Uint16Array(cols);
      for (let j = 1; j < cols; j += 1) {
        const w = weight(i, quote[j - 1] ?? "");
        const diagonal = w > 0 ? (previous[j - 1] ?? 0) + w : 0;
        current[j] = Math.max(diagonal, previous[j] ?? 0, current[j - 1] ?? 0);
        run[j] = w > 0 ? (previousRun[j - 1] ?? 0) + 1 : 0;
        longestRun = Math.max(longestRun, run[j] ?? 0);
      }
      previous = current;
      previousRun = run;
    }
    const penalty = phrase.length > 1 ? 0.1 * (1 - longestRun / phrase.length) : 0;
    return Math.max(0, (previous[cols - 1] ?? 0) / phrase.length - penalty);
  };
}

/** Scores one quote against one phrase (see `createPhraseScorer`). */
export function phraseScore(phrase: readonly string[], quote: readonly string[]): number {
  return createPhraseScorer(phrase)(quote);
}
