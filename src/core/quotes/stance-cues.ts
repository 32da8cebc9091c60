import { REPORTING_VERBS, WEAK_VERBS } from "../lexicon/reporting-verbs.js";
import { STANCE_VERBS } from "../lexicon/reported-speech-verbs.js";

/**
 * Stance verbs the speech-cue pass does not already find with a subject anywhere: those that
 * are no verb of speech, and the weak ones ("believes") it finds only next to a quote.
 */
export const STANCE_ONLY_VERBS: ReadonlySet<string> = new Set(
  [...STANCE_VERBS].filter((v) => !REPORTING_VERBS.has(v) || WEAK_VERBS.has(v)),
);
