import { REPORTING_VERBS, WEAK_VERBS } from "../lexicon/reporting-verbs.js";
import {
  OBJECT_STANCE_VERBS,
  SAY_CONTENT_VERBS,
  STANCE_VERBS,
  TOPIC_VERBS,
} from "../lexicon/reported-speech-verbs.js";

/**
 * Verbs the speech-cue pass does not already find with a subject anywhere: stance verbs that are
 * no verb of speech, the weak ones ("believes") it finds only next to a quote, and verbs of
 * finding and showing ("a poll shows", "the study found").
 */
export const STANCE_ONLY_VERBS: ReadonlySet<string> = new Set(
  [...STANCE_VERBS, ...OBJECT_STANCE_VERBS, ...SAY_CONTENT_VERBS, ...TOPIC_VERBS].filter(
    (v) => !REPORTING_VERBS.has(v) || WEAK_VERBS.has(v),
  ),
);
