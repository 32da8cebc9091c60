import { AUXILIARIES } from "../lexicon/function-words.js";
import { NAMING_VERBS } from "../lexicon/naming-verbs.js";
import type { Token } from "../text/tokenize.js";

// Words before the comma a reported clause needs to have said something of its own.
const MIN_CLAUSE = 4;

/**
 * Whether the comma at `j` opens the writer's own comment on the clause before it rather than
 * more of the clause: an indefinite noun phrase that runs to the clause's end ("said the rally
 * would stay calm, a swipe at his rivals", "said 40% back him, a 9-point rise from May").
 * A phrase closed by a second comma and a verb is an apposition inside the clause ("said that
 * Ann Lee, a lawyer from Ohio, would run"), one closed by ", and" is an item of a list ("said he
 * owns two guns, a boat, and a truck"), and after a verb of naming the phrase is what the source
 * called its object ("called Lee, a rival of hers, a fraud").
 */
export function opensCommentary(
  tokens: Token[],
  k: number,
  j: number,
  end: number,
  verb: string | undefined,
): boolean {
  if (j - k < MIN_CLAUSE || !/^an?$/.test(tokens[j + 1]?.text ?? "")) return false;
  if (verb !== undefined && NAMING_VERBS.has(verb.toLowerCase())) return false;
  for (let i = j + 2; i < end - 1; i++) {
    if (tokens[i]?.text !== ",") continue;
    const next = tokens[i + 1] as Token;
    if (/^(?:and|or)$/.test(next.text)) return false;
    if (
      !next.punct &&
      !next.cap &&
      (AUXILIARIES.has(next.text) || /^\w{3,}(?:ed|[^s]s)$/.test(next.text))
    )
      return false;
  }
  return true;
}
