import { isRoleNoun } from "../entities/name-words.js";
import { phraseEndingAt } from "../entities/read-source.js";
import type { SourceMention } from "../entities/source-mention.js";
import { COMMON_WORDS, DETERMINERS } from "../lexicon/function-words.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";

// The possessive pronouns that name a holder, read as the subject pronoun resolved for a cue.
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ["his", "he"],
  ["her", "she"],
  ["their", "they"],
]);

/** The holder named by a possessive at `k` ("his", "Mr. Trump's", "the governor's"), or null. */
export function possessorAt(text: string, tokens: Token[], k: number): SourceMention | null {
  const t = tokens[k] as Token;
  const subject = POSSESSIVE_PRONOUNS.get(t.text.toLowerCase());
  if (subject) {
    const gender = subject === "he" ? "m" : subject === "she" ? "f" : null;
    return {
      kind: "pronoun",
      start: t.start,
      end: t.end,
      name: subject,
      role: null,
      gender,
      plural: subject === "they",
      nameStart: t.start,
    };
  }
  if (!/['’]s$/.test(t.text) || t.text.length < 3) return null;
  const np = phraseEndingAt(text, tokens, k);
  if (!np || np.kind === "pronoun" || np.kind === "one") return null;
  const cut = (s: string): string => s.replace(/['’]s$/, "");
  const from = tokens[possessorStart(tokens, Math.min(k, tokenAt(tokens, np.nameStart)))] as Token;
  return { ...np, start: Math.max(np.start, from.start), end: t.end - 2, name: cut(np.name) };
}

/**
 * "The university rebutted Exxon's …": the phrase reader runs back over the verb to the subject;
 * the possessor is only the name with its titles and article ("the Justice Department's",
 * "President Barack Obama's", "the state senator's"). Its first token, read back from `k`.
 */
function possessorStart(tokens: Token[], k: number): number {
  let s = k;
  for (let n = 0; n < 6 && s > 0; n++) {
    const before = tokens[s - 1] as Token;
    const title = before.cap || (before.text === "." && tokens[s - 2]?.cap === true);
    // "In Professor Hale's view": a capitalised function word opens the sentence, not the name.
    if (COMMON_WORDS.has(before.text.toLowerCase())) break;
    if (!(title || isRoleNoun(before.text.toLowerCase()))) break;
    s--;
  }
  return DETERMINERS.has(tokens[s - 1]?.text.toLowerCase() ?? "") ? s - 1 : s;
}

/** Whether a token is a possessive ("his", "Hale's"). */
export function possessive(t: Token): boolean {
  return POSSESSIVE_PRONOUNS.has(t.text.toLowerCase()) || /['’]s$/.test(t.text);
}
