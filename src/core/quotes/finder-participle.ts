import type { Span } from "../card/card-schema.js";
import { describedSource } from "../entities/source-mention.js";
import type { SourceMention } from "../entities/source-mention.js";
import { isFinderNoun } from "../lexicon/finder-nouns.js";
import { COMMON_WORDS, DETERMINERS } from "../lexicon/function-words.js";
import { STANCE_VERBS } from "../lexicon/reported-speech-verbs.js";
import { isReportingVerb } from "../lexicon/reporting-verbs.js";
import type { Token } from "../text/tokenize.js";

const PARTICIPLES = /^(?:showing|finding|suggesting)$/i;
// The phrase of a finder never opens with a preposition ("Despite polls showing …").
const PREPOSITIONS =
  /^(?:despite|with|of|in|on|at|by|for|from|to|after|before|amid|against|over|about|as|like|than)$/i;
const MAX_WORDS = 6;

/**
 * "Despite polls showing her well behind", "in the wake of a new poll showing …", "polling data
 * showing that …": a participle of showing right after a poll, a study or a record reports
 * what it shows, even as a preposition's object. The finder's phrase, read back from the noun
 * over its modifiers, or null.
 */
export function finderBeforeParticiple(
  text: string,
  tokens: Token[],
  v: number,
): SourceMention | null {
  if (!PARTICIPLES.test(tokens[v]?.text ?? "")) return null;
  const head = tokens[v - 1];
  if (!head || head.punct || !isFinderNoun(head.text)) return null;
  let k = v - 1;
  while (k > 0 && k > v - MAX_WORDS && modifies(tokens[k - 1] as Token)) k--;
  const first = tokens[k] as Token;
  return describedSource(text, first.start, head.end, /[^siu]s$/i.test(head.text));
}

/** A determiner, a name or a modifier before a finder ("the latest CNN", "new"), not a verb. */
function modifies(t: Token): boolean {
  if (t.punct) return false;
  const w = t.text.toLowerCase();
  if (DETERMINERS.has(w) || isFinderNoun(w)) return true;
  // ("Rubio says the latest polls showing …", "to dispute the many polls showing …".)
  if (isReportingVerb(w) || STANCE_VERBS.has(w)) return false;
  return !COMMON_WORDS.has(w) && !PREPOSITIONS.test(w) && !/(?:ed|ing)$/.test(w);
}

/**
 * "Despite polls showing her well behind, Clinton campaigned …": what a finder's participle
 * shows ends at the clause's comma, where the sentence goes on.
 */
export function participleContent(tokens: Token[], v: number, content: Span): Span {
  if (!PARTICIPLES.test(tokens[v]?.text ?? "") || !isFinderNoun(tokens[v - 1]?.text ?? ""))
    return content;
  const comma = tokens.find(
    (t) => t.text === "," && t.start > content.start && t.end <= content.end,
  );
  if (!comma) return content;
  const last = [...tokens].reverse().find((t) => t.end <= comma.start);
  return last && last.end > content.start ? { start: content.start, end: last.end } : content;
}
