import type { QuotedSpan } from "../text/find-quoted-spans.js";
import { tokenAt, tokenBefore, tokensIn } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { TITLE_SMALL_WORDS } from "../lexicon/function-words.js";

export type QuoteClass = "direct" | "partial" | null;

const MIN_PARTIAL_WORDS = 4;

/**
 * Decides whether quoted words are a statement (a whole quote, or a partial one inside reported
 * speech) or a title, nickname or scare quote, which are not statements.
 */
export function classifyQuote(
  text: string,
  tokens: Token[],
  q: QuotedSpan,
  paraStart: number,
): QuoteClass {
  const words = tokensIn(tokens, q.start, q.end).filter((t) => !t.punct);
  if (words.length === 0) return null;
  const attached = attributionFollows(tokens, q) || attributionPrecedes(tokens, q);
  if (isTitle(text, words, q) && !attached) return null;
  if (q.continues || startsSentence(text, tokens, q, paraStart))
    return words.length >= 2 || attached ? "direct" : null;
  return words.length >= MIN_PARTIAL_WORDS ? "partial" : null;
}

function isTitle(text: string, words: Token[], q: QuotedSpan): boolean {
  if (words.length > 12 || /[!?]$/.test(text.slice(q.start, q.end))) return false;
  // A sentence in title case is rare; a title ending a sentence keeps its stop inside the marks.
  if (/\.$/.test(text.slice(q.start, q.end)) && words.length < 4) return false;
  return words.every(
    (t) => t.cap || TITLE_SMALL_WORDS.has(t.text.toLowerCase()) || /^\p{N}/u.test(t.text),
  );
}

function startsSentence(text: string, tokens: Token[], q: QuotedSpan, paraStart: number): boolean {
  const before = text.slice(paraStart, q.open).trimEnd();
  if (before.length === 0) return true;
  if (/(?:[.!?:;—–(]|--|\.\.\.|…)['’”"]?$/.test(before) || /^\s*[-—–]\s*$/.test(before))
    return true;
  const prev = lastTokenBefore(tokens, q.open);
  const prev2 = prev ? lastTokenBefore(tokens, prev.start) : undefined;
  const firstChar = text[q.start] ?? "";
  if (!/\p{Lu}/u.test(firstChar)) return false;
  if (prev?.text === "," && prev2 && REPORTING_VERBS.has(prev2.text.toLowerCase())) return true;
  if (prev?.text === "," && attributionFollowsText(text, q)) return true;
  return !!prev && REPORTING_VERBS.has(prev.text.toLowerCase());
}

function attributionFollowsText(text: string, q: QuotedSpan): boolean {
  return /^\s*[,—–-]?\s*[\p{L} .]{0,40}?\b(?:said|says|added|asked|told|wrote)\b/u.test(
    text.slice(q.close, q.close + 60),
  );
}

function attributionFollows(tokens: Token[], q: QuotedSpan): boolean {
  const from = tokenAt(tokens, q.close);
  const after = from < 0 ? [] : tokens.slice(from, from + 5);
  const punctFirst = text0(after[0]) === "," || text0(after[0]) === "?" || text0(after[0]) === "!";
  const inner = q.end < q.close && /[,?!]/.test(tokensText(tokens, q.end, q.close));
  return (
    (punctFirst || inner) &&
    after.slice(0, 4).some((t) => REPORTING_VERBS.has(t.text.toLowerCase()))
  );
}

function attributionPrecedes(tokens: Token[], q: QuotedSpan): boolean {
  const prev = lastTokenBefore(tokens, q.open);
  return prev?.text === ":" || (!!prev && REPORTING_VERBS.has(prev.text.toLowerCase()));
}

function tokensText(tokens: Token[], start: number, end: number): string {
  return tokensIn(tokens, start, end)
    .map((t) => t.text)
    .join("");
}

function text0(t: Token | undefined): string {
  return t ? t.text : "";
}

function lastTokenBefore(tokens: Token[], pos: number): Token | undefined {
  return tokenBefore(tokens, pos);
}
