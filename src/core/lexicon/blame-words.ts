import { words } from "./word-list.js";

/**
 * Words that lay the fault for something on a party. One list for two readers: the verbs of
 * opposition ("the report faulted the council", "held the board responsible") and the words of
 * blame in what a speaker says ("the trust is trying to pass the problem back to us").
 */

/**
 * Single verbs of blame: "blamed", "faulted", "scapegoated". Of "fault" and "scapegoat" only the
 * forms no noun shares ("at fault", "a scapegoat" blame no one in particular).
 */
export const BLAME_VERBS: readonly string[] = words(
  "blame blames blamed blaming faulted faulting scapegoated scapegoating",
);

/** Phrases of blame that act on the party they name: "held X responsible", "pointed the finger at". */
export const BLAME_PHRASES: readonly string[] = [
  String.raw`(?:hold|holds|held|holding)\s+(?:\S+\s+){1,4}?(?:responsible|accountable|to\s+blame)\s+for`,
  String.raw`(?:point|points|pointed|pointing)\s+the\s+finger\s+at`,
  String.raw`(?:lay|lays|laid|laying|put|puts|putting|place[sd]?|placing)\s+the\s+blame\s+(?:on|at)`,
];

/**
 * Words in speech that say a party shifts its fault or costs onto another: "pass the problem
 * back", "passing the buck", "shift the blame".
 */
export const BLAME_SHIFTING: readonly string[] = [
  String.raw`pass(?:es|ed|ing)?\s+(?:the|its|their|this)\s+(?:problem|buck|burden|cost|costs|bill)\s+(?:back|on)`,
  String.raw`pass(?:es|ed|ing)?\s+the\s+buck`,
  String.raw`shift(?:s|ed|ing)?\s+(?:the\s+)?(?:blame|burden|responsibility)`,
  String.raw`blame\s+game`,
];
