import type { NextStep } from "../../core/card/card-schema.js";

/** Words a compact rendering already shows: a quote (with its offsets) or a side's position. */
export interface ShownWords {
  text: string;
  start?: number;
  end?: number;
  /**
   * A summary in the card's own words (a side's position): a step repeats it only by being
   * wholly inside it, since a step that merely mentions "wants the bridge" still adds a plan.
   */
  summary?: boolean;
}

// A shown text this short ("dead", "a mistake") is a scare quote, not the step's content: a step
// that merely contains it still says something new.
const MIN_CONTAINED_WORDS = 3;

/**
 * The steps a compact card shows, at most `max`: concrete ones first — a date and a named actor,
 * soonest first — then dated ones with no actor, then those with only time words, then the rest,
 * each group in article order; a step that repeats words already shown is left out.
 */
export function topSteps(
  steps: readonly NextStep[],
  shown: readonly ShownWords[],
  max: number,
): NextStep[] {
  return steps
    .filter((step) => !shown.some((words) => repeats(step, words)))
    .map((step, index) => ({ step, index }))
    .sort((a, b) => concreteRank(a.step, b.step) || a.index - b.index)
    .slice(0, max)
    .map(({ step }) => step);
}

/** Whether a step says again what `words` already said: the same span, or the same words. */
export function repeats(step: NextStep, words: ShownWords): boolean {
  const said = normalized(words.text);
  const stepWords = normalized(step.text);
  if (said === "" || stepWords === "") return false;
  const long = (text: string) => text.split(" ").length >= MIN_CONTAINED_WORDS;
  if (words.start !== undefined && words.end !== undefined) {
    // The same span: most of the step is the shown words, or most of the shown words are in it.
    const overlap = Math.max(0, Math.min(words.end, step.end) - Math.max(words.start, step.start));
    if (overlap > 0 && overlap >= 0.5 * (step.end - step.start)) return true;
    if (overlap > 0 && overlap >= 0.5 * (words.end - words.start) && long(said)) return true;
  }
  const contains = (outer: string, inner: string) =>
    long(inner) && ` ${outer} `.includes(` ${inner} `);
  return contains(said, stepWords) || (!words.summary && contains(stepWords, said));
}

// Case, punctuation and quotation marks do not make words different.
function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function tier(step: NextStep): number {
  if (step.when) return step.actor?.trim() ? 0 : 1;
  return step.whenText?.trim() ? 2 : 3;
}

function concreteRank(a: NextStep, b: NextStep): number {
  const byTier = tier(a) - tier(b);
  if (byTier !== 0 || !a.when || !b.when) return byTier;
  // ISO dates and months compare as strings; a bare month sorts before its days.
  return a.when < b.when ? -1 : a.when > b.when ? 1 : 0;
}
