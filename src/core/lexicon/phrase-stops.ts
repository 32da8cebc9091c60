import { AUXILIARIES } from "./function-words.js";
import { PLAIN_SAY_FORMS } from "./reporting-verbs.js";
import { words } from "./word-list.js";

/**
 * Lower-case words that end a speaker's phrase read forward ("said Sen. Jeff Merkley of Oregon",
 * "Dana Hollis, who chairs …", "Tom Reyes said"): relatives, prepositions and conjunctions, the
 * times and manners of saying, auxiliaries and the plain verbs of saying.
 */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  ...words(
    "who that which whose where in at on for during with from to after before as when while " +
      "about and but because if than by since via of into over under through not being " +
      "later earlier recently also then last this today yesterday tonight afterwards " +
      "afterward simply flatly",
  ),
  ...AUXILIARIES,
  ...PLAIN_SAY_FORMS,
]);

/**
 * Words that open a description of who spoke ("a senior official", "two aides", "most
 * economists", "top Democrats"): determiners, numbers and quantities, and the rank words that
 * stand before a group.
 */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(
  words(
    "a an the another one two three some several many other his her their its our most few " +
      "both all senior top this that these those",
  ),
);

/**
 * Comparatives of time that, right after a determiner, describe the noun that follows ("an
 * earlier report said …") rather than end the phrase as they do after a name ("Lee said later").
 */
export const TIME_ADJECTIVES: ReadonlySet<string> = new Set(words("earlier later"));
