import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { describedSource } from "../entities/source-mention.js";
import type { SourceMention } from "../entities/source-mention.js";
import { BODY_NOUNS } from "../lexicon/body-nouns.js";
import { isFinderNoun } from "../lexicon/finder-nouns.js";
import { AUXILIARIES, CLAUSE_OPENERS } from "../lexicon/function-words.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { antecedentStarts } from "./antecedent-starts.js";

/**
 * "The Pentagon issued a statement. It said …", "The report came out Monday. It said that …":
 * the organisation, or the study, poll or body, that a subject "it" stands for when it is the
 * subject of the pronoun's own sentence (before it) or of the one before it in the paragraph;
 * null otherwise, so that "It was in May that …" stays unattributed.
 */
export function thingAntecedent(
  text: string,
  tokens: Token[],
  src: SourceMention,
): SourceMention | null {
  if (src.kind !== "pronoun" || src.name.toLowerCase() !== "it") return null;
  // "the target it pledged to reach": an "it" inside a relative clause names something else.
  const before = tokens[tokenAt(tokens, src.start) - 1];
  if (before && !before.punct && !CLAUSE_OPENERS.has(before.text.toLowerCase())) return null;
  for (const i of antecedentStarts(tokens, src)) {
    const np = readNounPhrase(text, tokens, i);
    if (!np || np.plural || np.start >= src.start) continue;
    if (np.kind === "org" && np.end <= src.start && verbFollows(tokens, np)) return np;
    if (np.kind === "description") {
      const thing = thingPhrase(text, tokens, i);
      if (thing && thing.end <= src.start) return thing;
    }
  }
  return null;
}

// Words a description may have before its head: "the new Gallup poll", "a 40-page report".
const MAX_BEFORE_HEAD = 4;

/**
 * "The campaign released a letter": the description opening at `tokens[i]` up to its head, when
 * that head is one thing that finds, shows or speaks as one ("poll", "report", "campaign"), not
 * a plural ("the polls") and not the words after it, which a greedy phrase reader takes in.
 */
function thingPhrase(text: string, tokens: Token[], i: number): SourceMention | null {
  for (let k = i; k <= i + MAX_BEFORE_HEAD; k++) {
    const t = tokens[k];
    if (!t || t.punct) return null;
    const w = t.text.toLowerCase();
    if (!BODY_NOUNS.has(w) && !(isFinderNoun(w) && !pluralFinder(w))) continue;
    // "Ms. Ruiz's campaign experiment was …": the head goes on with another noun.
    if (!headEnds(tokens[k + 1], tokens[k + 2])) return null;
    const start = (tokens[i] as Token).start;
    return describedSource(text, start, t.end, false);
  }
  return null;
}

/** "polls", "studies": the plural of a finder noun ("analysis", "census" are singular). */
function pluralFinder(w: string): boolean {
  return (
    (w.endsWith("ies") && isFinderNoun(`${w.slice(0, -3)}y`)) ||
    (w.endsWith("s") && isFinderNoun(w.slice(0, -1)))
  );
}

/**
 * "The Pentagon issued …", "The Fed does not want …": a verb right after the name ends the
 * subject; "The Japanese constitution makes …" read as the name "Japanese" goes on with a noun.
 */
function verbFollows(tokens: Token[], np: SourceMention): boolean {
  return isVerbLike(tokens[tokenAt(tokens, np.end)]?.text ?? "");
}

function isVerbLike(word: string): boolean {
  return AUXILIARIES.has(word) || /^\p{Ll}+(?:ed|s)$/u.test(word);
}

// "The report by the inspector general", "the poll, released Monday,": what may follow a head.
const AFTER_HEAD = /^(?:of|by|from|for|on|in|also|,)$/;

/**
 * Whether the word after a description's head ends it: a verb, a modifier or a comma, or a word
 * not followed by a verb ("the report came out"); not a second noun before the verb ("the
 * campaign experiment was …").
 */
function headEnds(next: Token | undefined, after: Token | undefined): boolean {
  if (!next) return false;
  if (isVerbLike(next.text) || AFTER_HEAD.test(next.text)) return true;
  return !/^\p{Ll}+$/u.test(next.text) || !isVerbLike(after?.text ?? "");
}
