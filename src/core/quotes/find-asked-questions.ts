import type { Span } from "../card/card-schema.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { BE_FORMS } from "../lexicon/function-words.js";
import type { SourceMention } from "../entities/source-mention.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";

/** A question put to someone ("Asked whether …", "when asked about …"), and who asked, if named. */
export interface AskedQuestion {
  content: Span;
  asker: SourceMention | null;
}

// "when asked", "after being asked": the words that open a clause of asking.
const OPENERS = /^(?:when|after|if|once|before|while)$/i;
// The question itself opens with a question word or "about".
const QUESTION_START = /^(?:about|whether|if|what|why|how|who|whom|where|which)$/i;
// "Asked on Fox News who …", "asked during a January debate why …": the circumstance stays short.
const MAX_CIRCUMSTANCE = 8;
const MIN_TOKENS = 3;

/**
 * "Asked whether he would run, Reid said …", "…, he said when asked about the vote": the
 * question put to the speaker is reported speech of whoever asked, named only with "by" ("Asked
 * by Matt Lauer whether …"). A subject before "asked" ("She asked …") is a cue, found elsewhere.
 */
export function findAskedQuestions(
  text: string,
  tokens: Token[],
  quoted: (pos: number) => boolean,
): AskedQuestion[] {
  const out: AskedQuestion[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.text.toLowerCase() !== "asked" || quoted(t.start) || !opensClause(tokens, v)) continue;
    let k = v + 1;
    let asker: SourceMention | null = null;
    if (tokens[k]?.text === "by") {
      asker = readNounPhrase(text, tokens, k + 1);
      if (!asker) continue;
      k = tokenAt(tokens, asker.end);
    }
    const q = questionStart(tokens, k);
    if (q < 0) continue;
    let e = q + 1;
    while (
      e < tokens.length &&
      !CLAUSE_END.test((tokens[e] as Token).text) &&
      !quoted((tokens[e] as Token).start)
    )
      e++;
    if (e - q < MIN_TOKENS) continue;
    out.push({
      content: { start: (tokens[q] as Token).start, end: (tokens[e - 1] as Token).end },
      asker,
    });
  }
  return out;
}

const CLAUSE_END = /^(?:[.,;:!?“”"]|'')$/;

function opensClause(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || CLAUSE_END.test(prev.text) || OPENERS.test(prev.text)) return true;
  // "Sanders was asked about the case", "she has been asked whether …": a passive names the
  // one asked, not who asked.
  if (BE_FORMS.has(prev.text.toLowerCase())) return true;
  return prev.text.toLowerCase() === "being" && OPENERS.test(tokens[v - 2]?.text ?? "");
}

/** The question word after "asked" and a short circumstance, or -1. */
function questionStart(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j <= k + MAX_CIRCUMSTANCE; j++) {
    const w = tokens[j] as Token;
    if (w.punct) return -1;
    if (QUESTION_START.test(w.text)) return j;
  }
  return -1;
}
