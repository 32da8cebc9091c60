import { isFinderNoun } from "../lexicon/finder-nouns.js";

// Words that open a finder's modifier: "polls in New Hampshire", "a survey of insiders taken …".
const MODIFIER =
  /\s+(?:of|from|by|for|in|on|among|taken|conducted|released|published|commissioned|compiled|out)\s+/i;

/**
 * The head of a subject that may be a poll, a study or a record, before its modifier: "Polls"
 * in "Polls in New Hampshire", "survey" in "A recent survey of Republican insiders".
 */
export function finderHead(name: string): string {
  const head = name.split(MODIFIER)[0] ?? name;
  return head.split(/[\s-]+/).pop() ?? "";
}

/**
 * Whether a subject headed by a finder is plural, whatever its modifier ends with: "A recent
 * survey of Republican insiders shows" is singular, "Polls in New Hampshire show" plural.
 */
export function finderPlural(name: string): boolean | null {
  const head = finderHead(name);
  if (!isFinderNoun(head)) return null;
  // ("analysis", "census": singular heads that end in "s".)
  return /[^siu]s$/i.test(head);
}
