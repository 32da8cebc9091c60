import { WEEKDAYS } from "./function-words.js";
import { words } from "./word-list.js";

/** Month and weekday names, lower case: a date, never a name or a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...words("january february march april may june july august september october november december"),
  ...WEEKDAYS,
]);

/** Plural units of time that make a span ("for weeks", "for two years"), lower case. */
export const DURATION_NOUNS: ReadonlySet<string> = new Set(
  words("minutes hours days nights weeks weekends months years decades"),
);
