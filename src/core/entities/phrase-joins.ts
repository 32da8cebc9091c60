import type { Token } from "../text/tokenize.js";
import { isGivenName } from "./first-names.js";
import { isNameWord, isOrgWord, isRoleWord } from "./name-words.js";

// Where a phrase read forward may run past a word that would otherwise end it.

/**
 * "Secretary of State", "Speaker of the House": "of" continues a title or an organisation's
 * name, but not after a person's name ("Peter T. King of New York" is King, from New York).
 */
export function titleGoesOn(tokens: Token[], i: number, k: number, end: number): boolean {
  const prev = tokens[k - 1] as Token;
  const next = tokens[k + 1];
  const nextCap = (next?.cap ?? false) || (next?.text === "the" && (tokens[k + 2]?.cap ?? false));
  if (k <= end || end < i || !nextCap || !(isRoleWord(prev) || isOrgWord(prev.text))) return false;
  return !tokens.slice(i, k).some((t) => isGivenName(t.text));
}

const MARK = /^(?:[“”"]|'')$/;

/** `Juan "Chico" Manriquez`: a one-word nickname in quotation marks at `tokens[k]`, inside a name. */
export function nickname(tokens: Token[], k: number): boolean {
  const open = tokens[k];
  const word = tokens[k + 1];
  const close = tokens[k + 2];
  const after = tokens[k + 3];
  return (
    !!open &&
    !!word &&
    !!close &&
    !!after &&
    MARK.test(open.text) &&
    MARK.test(close.text) &&
    word.cap &&
    !word.punct &&
    close.start === word.end &&
    isNameWord(after) &&
    !!tokens[k - 1] &&
    isNameWord(tokens[k - 1] as Token)
  );
}

/** "the 46-year-old": a number joined by a hyphen (`tokens[k]`) to the word after it. */
export function hyphenated(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    !!before &&
    !!after &&
    /^\p{N}+$/u.test(before.text) &&
    before.end === (tokens[k] as Token).start &&
    after.start === (tokens[k] as Token).end &&
    !after.punct
  );
}

/**
 * "the University of Michigan", "the Bank of Ohio": when the name run at `nameStart` follows
 * "of" (or "of the") after a capitalised organisation word, the index where that organisation's
 * name starts (its run of capitalised words, from `i` on); else -1.
 */
export function organisationOfStart(tokens: Token[], i: number, nameStart: number): number {
  const ofAt = tokens[nameStart - 1]?.text === "the" ? nameStart - 2 : nameStart - 1;
  const head = tokens[ofAt - 1];
  if (ofAt <= i || tokens[ofAt]?.text !== "of" || !head?.cap || !isOrgWord(head.text)) return -1;
  let start = ofAt - 1;
  while (start > i && (tokens[start - 1] as Token).cap && !(tokens[start - 1] as Token).punct)
    start--;
  return start;
}
