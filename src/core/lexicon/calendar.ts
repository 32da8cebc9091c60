import { WEEKDAYS } from "./function-words.js";
import { words } from "./word-list.js";

/** Month and weekday names, lower case: a date, never a name or a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...words("january february march april may june july august september october november december"),
  ...WEEKDAYS,
]);
