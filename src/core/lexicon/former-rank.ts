import { words } from "./word-list.js";

/**
 * Words that put a post in the past: a "former chairman" of a body no longer speaks for it ("the
 * former Yukos boss Mikhail Khodorkovsky" is a side in his own name, not Yukos).
 */
export const FORMER_RANK_WORDS: readonly string[] = words(
  "former ex one-time onetime erstwhile retired",
);

const formerRank = new RegExp(
  String.raw`(?:^|[\s(,])(?:${FORMER_RANK_WORDS.join("|")})(?:-|\s)`,
  "i",
);

/** True when a role or title holds a post no longer held: "former Yukos boss", "ex-chairman of". */
export function isFormerRank(role: string): boolean {
  return formerRank.test(role);
}
