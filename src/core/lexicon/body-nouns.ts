import { words } from "./word-list.js";

/**
 * Common nouns for a body of people that speaks as one: "the Carson campaign declined to
 * comment", "a major civil rights group says", "the State Department denies".
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(
  words(
    "group campaign camp department party administration office court government committee " +
      "agency ministry organization organisation company firm commission council union " +
      "coalition board bureau foundation team side",
  ),
);
