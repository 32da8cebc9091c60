import { ftsTerm, searchWords } from "./search-text.js";
import { stopwords } from "./stopwords.js";

// Inflections cut before a search: "elections" → election, "taxes" → tax, "voting" → vot.
const endings: ReadonlyArray<[RegExp, string]> = [
  [/ies$/, ""],
  [/(s|x|z|ch|sh)es$/, "$1"],
  [/([^su])s$/, "$1"],
  [/ing$/, ""],
  [/ed$/, ""],
  [/[ey]$/, ""],
];

// Words that only look inflected.
const whole = new Set(["news", "series", "species", "means", "always", "perhaps"]);

/** The part of a word its other forms share: "elections" → "election", "economy" → "econom". */
export function wordStem(word: string): string {
  if (whole.has(word)) return word;
  for (const [ending, replacement] of endings) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, replacement);
    return stem.length >= 3 ? stem : word;
  }
  return word;
}

/**
 * One word and its forms for FTS5: its stem as a prefix ("iraq"* finds "Iraqi", "econom"* finds
 * "economic"); a stem too short to be a safe prefix is asked whole and with an e ("taxes" →
 * taxes*, tax, taxe*; "voting" → voting*, vot, vote*).
 */
function wordForms(word: string): string {
  const stem = wordStem(word);
  if (stem === word || stem.length >= 4) return `${ftsTerm(stem)}*`;
  return `(${ftsTerm(word)}* OR ${ftsTerm(stem)} OR ${ftsTerm(`${stem}e`)}*)`;
}

function contentWords(topic: string): string[] {
  return [...new Set(searchWords(topic).filter((w) => w.length >= 2 && !stopwords.has(w)))];
}

/**
 * A topic as an FTS5 MATCH expression: every content word in any of its forms ("the Iraq war"
 * → "iraq"* AND "war"*). Null when the topic has no content word.
 */
export function topicMatch(topic: string): string | null {
  const words = contentWords(topic);
  return words.length === 0 ? null : words.map(wordForms).join(" AND ");
}

/**
 * The topic's core word alone, for a topic of several words: the longest, which is most often
 * the one that names it ("iraq" in "the Iraq war"). Null for a topic of one word.
 */
export function topicCoreMatch(topic: string): string | null {
  const words = contentWords(topic);
  if (words.length < 2) return null;
  const core = words.reduce((a, b) => (b.length > a.length ? b : a));
  return wordForms(core);
}
