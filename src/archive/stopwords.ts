import { COMMON_WORDS } from "../core/lexicon/function-words.js";
import { PLAIN_SAY_FORMS } from "../core/lexicon/reporting-verbs.js";
import { words } from "../core/lexicon/word-list.js";

/** Words too common to find a quote by on their own; they still count when scoring. */
export const stopwords: ReadonlySet<string> = new Set([
  ...COMMON_WORDS,
  ...PLAIN_SAY_FORMS,
  ...words("just also very ever"),
]);
