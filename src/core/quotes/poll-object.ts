import { describedSource } from "../entities/source-mention.js";
import type { SourceMention } from "../entities/source-mention.js";
import { isPollNoun } from "../lexicon/finder-nouns.js";
import type { Token } from "../text/tokenize.js";

// "according to early results of the exit poll conducted by Edison Research for the networks":
// a poll phrase runs long, up to its comma.
const MAX_TOKENS = 24;
const PHRASE_END = /^(?:[,.;:!?()“”"—–-]|--)$/;

/**
 * The object of "according to" read whole up to its comma or stop when a poll is named in it
 * ("according to an online University of Texas/Texas Tribune poll out Thursday, …"), or null:
 * the name reader would take "Texas" alone, a place that says nothing.
 */
export function pollObject(text: string, tokens: Token[], i: number): SourceMention | null {
  let k = i;
  while (k < tokens.length && k < i + MAX_TOKENS && !PHRASE_END.test(tokens[k]?.text ?? ".")) k++;
  if (k === i || k === i + MAX_TOKENS) return null;
  const words = tokens.slice(i, k);
  if (!words.some((w) => isPollNoun(w.text))) return null;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  return describedSource(text, first.start, last.end, /s$/i.test(last.text));
}
