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

/** The forms of "be", which before a participle make it passive ("was asked", "is expected"). */
export const BE_FORMS: ReadonlySet<string> = new Set(words("is are was were be been being"));

/** Auxiliaries that agree only with a plural subject: "Democrats are …", "Republicans have …". */
export const PLURAL_AUXILIARIES: ReadonlySet<string> = new Set(
  words("are were have do aren't weren't haven't don't"),
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

/** Subject pronouns that open a reported clause ("saying he would …", "telling them it was …"). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(words("he she they we i it there"));

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

/**
 * Heads of a quantity that can say something: "24 percent said", "nearly half said", "most
 * said", "a majority say", "four in 10 said" (a number head is read as a quantity too).
 */
export const QUANTITY_HEADS: ReadonlySet<string> = new Set(
  words(
    "percent per cent % half most majority minority plurality third thirds quarter quarters " +
      "all many some few none both each everyone everybody others dozens hundreds thousands " +
      "millions several",
  ),
);

/** Plural nouns without an -s: "People familiar with the matter said", "police said". */
export const PLURAL_NOUNS: ReadonlySet<string> = new Set(
  words("people men women children police staff personnel folks clergy"),
);

/** Words that open a clause, so a subject read backwards from its verb stops before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  words(
    "that which who whom whose and but or nor while whereas as if when because although though " +
      "after before since than whether so yet where unless until once",
  ),
);

/** Words of time that may stand between a subject and its verb ("Clinton on Tuesday said"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  words(
    "monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening " +
      "week weekend month year today yesterday tonight",
  ),
);

/** Plural quantifiers, after which a verb-like "-s" word is a noun ("a few tweets"). */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(
  words("few many several some both all most more numerous various two three four five"),
);

/**
 * The commonest English function words (articles, pronouns, auxiliaries, prepositions,
 * conjunctions): too common to search by, so archive look-ups and the chat's closest reading
 * both drop them. Each adds its own few extra words on top.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  words(
    "a an and are as at be been but by can could did do does for from had has have he her his " +
      "i if in into is it its me my no not of on or our she so than that the their them then " +
      "there these they this to too up us was we were what when which who will with would you " +
      "your",
  ),
);
