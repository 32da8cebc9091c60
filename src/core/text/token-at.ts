import type { Token } from "./tokenize.js";

/**
 * The index of the first token starting at or after `pos`, or -1 when there is none. A binary
 * search: called once per name or cue, a linear scan would make long paragraphs quadratic.
 */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** The tokens lying wholly inside [start, end), found without scanning the whole paragraph. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  const from = tokenAt(tokens, start);
  for (let k = from < 0 ? tokens.length : from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.end > end) break;
    out.push(t);
  }
  return out;
}

/** The last token ending at or before `pos`, if any. */
export function tokenBefore(tokens: readonly Token[], pos: number): Token | undefined {
  const at = tokenAt(tokens, pos);
  let k = (at < 0 ? tokens.length : at) - 1;
  while (k >= 0 && (tokens[k] as Token).end > pos) k--;
  return tokens[k];
}
