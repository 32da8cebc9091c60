import type { Token } from "../text/tokenize.js";
import {
  DOTTED_TITLES,
  HONORIFICS,
  NOT_NAME,
  ORG_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_PREFIXES,
} from "./lexicon.js";

/** Lower case without a possessive ending or trailing stop. */
export function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/\.$/, "");
}

/** Whether the token is a possessive ("Clinton’s", "analysts’"). */
export function isPossessive(t: Token): boolean {
  return /['’]s?$/.test(t.text) && t.text.length > 2;
}

/** Whether the token can be part of a person's or organisation's name. */
export function isNameWord(t: Token): boolean {
  if (!t.cap || t.punct) return false;
  const b = bare(t.text);
  return !NOT_NAME.has(b) || HONORIFICS.has(b);
}

/** An honorific or a capital initial, which may be followed by its stop. */
export function takesStop(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return HONORIFICS.has(lower) || DOTTED_TITLES.has(lower) || /^\p{Lu}$/u.test(t.text);
}

/** Whether `tokens[k]` is a title before a name: "Sen", "Mr", or "Del" only as "Del.". */
export function isHonorific(tokens: readonly Token[], k: number): boolean {
  const b = bare((tokens[k] as Token).text);
  return HONORIFICS.has(b) || (DOTTED_TITLES.has(b) && tokens[k + 1]?.text === ".");
}

export function isRoleWord(t: Token): boolean {
  if (ROLE_MODIFIERS.has(t.text.toLowerCase())) return true;
  const b = bare(t.text);
  const head = compoundHead(t.text);
  return (
    ROLE_NOUNS.has(b) ||
    ROLE_NOUNS.has(b.replace(/s$/, "")) ||
    ROLE_MODIFIERS.has(b) ||
    (head !== b && (ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ""))))
  );
}

export function isRoleNoun(word: string): boolean {
  const b = bare(word);
  const head = compoundHead(word);
  const noun = (w: string) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/(?:e?s)$/, ""));
  return noun(b) || (head !== b && noun(head));
}

/**
 * "co-chairman", "Vice-President", "editor-in-chief": a hyphenated compound is the kind of its
 * last part, when the parts before it are lower case or a title's own prefix; a capitalised
 * double-barrelled name ("Lloyd-Judge") stays whole.
 */
function compoundHead(word: string): string {
  const b = bare(word);
  const parts = b.split("-");
  if (parts.length < 2 || parts.some((p) => p === "")) return b;
  const leading = word.split("-")[0] ?? "";
  if (/^\p{Lu}/u.test(leading) && !ROLE_PREFIXES.has(leading.toLowerCase())) return b;
  return parts[parts.length - 1] as string;
}

export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(bare(word));
}

/** Name particles written in lower case inside a name ("Ursula von der Leyen"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "al",
  "la",
  "da",
  "del",
  "di",
  "du",
  "le",
  "ibn",
]);
