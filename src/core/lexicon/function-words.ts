import { words } from "./word-list.js";

/** Function words the quote and reported-speech rules read, listed once. All lower case. */

/** After one of these a reporting verb is a noun: "the reports", "his remarks", "a post". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  words("the a an his her their its our my your this these those that such no any every each"),
);

/** Auxiliaries and modals that may stand between a subject and its verb ("did not say"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  words(
    "do does did has have had is was are were be been will would can could should may might " +
      "must shall",
  ),
);

/** Negations, which a reported clause keeps ("did not expect", "never said"). */
export const NEGATIONS: ReadonlySet<string> = new Set(
  words("not never n't no neither nor don't doesn't didn't won't wouldn't can't cannot"),
);

/** Words that open circumstances, not what was said: "said in an interview", "said on Friday". */
export const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set(
  words(
    "on in at during after before when while as of to with about for from via through by " +
      "earlier later last this yesterday today tonight and or but afterward afterwards again",
  ),
);

/** Days, which a reporting verb may be followed by before its content ("said Tuesday the …"). */
export const WEEKDAYS: ReadonlySet<string> = new Set(
  words("monday tuesday wednesday thursday friday saturday sunday"),
);

/** Words that open an embedded question ("asked whether …", "told reporters why …"). */
export const WH_WORDS: ReadonlySet<string> = new Set(
  words("whether if why how what when who where which"),
);

/** Object pronouns and listener nouns after "told" ("told him", "told reporters"). */
export const LISTENERS: ReadonlySet<string> = new Set(
  words(
    "me him her us them you reporters journalists supporters voters lawmakers colleagues " +
      "listeners viewers readers audiences audience crowd crowds",
  ),
);

/** Lower-case words a title may contain ("Saturday Night Live", "The Art of the Deal"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  words("a an the of and or in on at to for with from by is"),
);
