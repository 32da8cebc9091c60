import { words } from "./word-list.js";

/**
 * Nouns that carry what their possessor said, wants or holds ("Trump's plan to deport …", "her
 * refusal to testify", "Warren's criticism of the developer"), each with the words that open its
 * complement. Listed once; a noun is kept only when its reported speech is precise on PolNeAR
 * train (dropped below 0.7 there: "attack", "plans", "comments", "remarks", "position", "push",
 * "appeal", "request", "endorsement", "commitment"; the rest together 86 in 96 precise).
 */
export const STANCE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["decision", "to"],
      ["plan", "to for"],
      ["call", "for"],
      ["calls", "for"],
      ["criticism", "of"],
      ["promise", "to that"],
      ["promises", "to that"],
      ["refusal", "to"],
      ["claim", "that"],
      ["claims", "that"],
      ["proposal", "to for"],
      ["proposals", "to for"],
      ["pledge", "to that"],
      ["vow", "to that"],
      ["argument", "that for against"],
      ["assertion", "that"],
      ["demand", "for that"],
      ["opposition", "to"],
      ["support", "for"],
      ["suggestion", "that"],
      ["desire", "to"],
      ["assessment", "of that"],
      ["contention", "that"],
      ["statement", "that"],
      ["attacks", "on"],
      ["embrace", "of"],
      ["accusation", "that"],
      ["vision", "for of"],
      ["stance", "on"],
      ["criticisms", "of"],
      ["willingness", "to"],
      ["reluctance", "to"],
    ] as const
  ).map(([noun, opens]) => [noun, new Set(words(opens))]),
);

/**
 * Nouns that carry a position only after a verb that lends them an action ("made the case
 * that …", "made the point that …"); the stance nouns do too ("made an impassioned call for …").
 */
export const LIGHT_VERB_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...STANCE_NOUNS,
  ["case", new Set(words("that for"))],
  ["point", new Set(words("that"))],
]);

/** Verbs that lend a stance noun its action: "made a call for", "offered his assessment of". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  words(
    "made makes make making offered offers issued issues delivered delivers renewed renews " +
      "reiterated reiterates repeated repeats",
  ),
);

/** Nouns of opinion that frame a whole sentence: "In Mr. Reyes's view, …", "…, in her judgment." */
export const OPINION_NOUNS: ReadonlySet<string> = new Set(
  words("view opinion estimation judgment assessment"),
);
