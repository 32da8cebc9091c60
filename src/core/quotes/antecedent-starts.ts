import type { SourceMention } from "../entities/source-mention.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";

/** Where the subject of the pronoun's own sentence (when it comes first) and of the one before start. */
export function antecedentStarts(tokens: Token[], src: SourceMention): number[] {
  const at = tokenAt(tokens, src.start);
  const own = sentenceStart(tokens, at);
  const starts = own < at ? [own] : [];
  if (own > 0) starts.push(sentenceStart(tokens, own - 1));
  return starts;
}

/** The index of the first token of the sentence holding token `k`. */
function sentenceStart(tokens: Token[], k: number): number {
  let i = k;
  while (i > 0 && !/^[.!?]$/.test(tokens[i - 1]?.text ?? "")) i--;
  return i;
}
