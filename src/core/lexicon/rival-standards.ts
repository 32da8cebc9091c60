import { words } from "./word-list.js";

/**
 * Words of a contest between standards: two camps each backing its own format or plan ("the two
 * competing DVD formats", "a rival format developed by Toshiba", "the format war"). Rival
 * products are not in it: two phones on sale compete for buyers, they are no dispute.
 */

/** What a camp backs: a format, a standard, a plan. */
export const STANDARD_NOUNS: readonly string[] = words(
  "format formats standard standards specification specifications plan plans proposal proposals",
);

/** Words that set one standard against another: "rival", "competing". */
export const RIVALRY_WORDS: readonly string[] = words("rival rivals competing opposing");

/** Nouns of the contest itself: "format war", "standards battle". */
export const CONTEST_NOUNS: readonly string[] = words("war wars battle battles fight");

/** Verbs and participles of a camp behind its standard: "developed by Sony", "Toshiba-backed". */
export const BACKING_WORDS: readonly string[] = words(
  "backed developed championed supported promoted favoured favored proposed devised pushed led",
);

/** Words that may stand for the standard when a camp owns it: "Sony's Blu-ray technology". */
export const OWNED_STANDARD_NOUNS: readonly string[] = [
  ...STANDARD_NOUNS,
  ...words("technology technologies system systems"),
];
