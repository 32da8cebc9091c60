import { ftsTerm, searchWords, tsTerm } from "./search-text.js";
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

interface Form {
  term: string;
  prefix: boolean;
}

/**
 * One word and its forms: its stem as a prefix ("iraq"* finds "Iraqi", "econom"* finds
 * "economic"); a stem too short to be a safe prefix is asked whole and with an e ("taxes" →
 * taxes*, tax, taxe*; "voting" → voting*, vot, vote*).
 */
function formsOf(word: string): Form[] {
  const stem = wordStem(word);
  if (stem === word || stem.length >= 4) return [{ term: stem, prefix: true }];
  return [
    { term: word, prefix: true },
    { term: stem, prefix: false },
    { term: `${stem}e`, prefix: true },
  ];
}

/** The forms for FTS5: `"stem"*`, or `("word"* OR "stem" OR "steme"*)`. */
function wordForms(word: string): string {
  const forms = formsOf(word).map((f) => `${ftsTerm(f.term)}${f.prefix ? "*" : ""}`);
  return forms.length === 1 ? (forms[0] ?? "") : `(${forms.join(" OR ")})`;
}

/**
 * The forms for a PostgreSQL `to_tsquery('simple', …)`: `'stem':*`, or `('word':* | 'stem' |
 * 'steme':*)`; `weight` ("A") narrows each to the lexemes of that weight (the headline).
 */
function tsForms(word: string, weight = ""): string {
  const forms = formsOf(word).map(
    (f) => `${tsTerm(f.term)}${f.prefix || weight ? `:${f.prefix ? "*" : ""}${weight}` : ""}`,
  );
  return forms.length === 1 ? (forms[0] ?? "") : `(${forms.join(" | ")})`;
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

/** `topicMatch` as a PostgreSQL tsquery (`'iraq':* & 'war':*`); `weight` "A" asks the headline only. */
export function topicTsQuery(topic: string, weight = ""): string | null {
  const words = contentWords(topic);
  return words.length === 0 ? null : words.map((w) => tsForms(w, weight)).join(" & ");
}

/** `topicCoreMatch` as a PostgreSQL tsquery. */
export function topicCoreTsQuery(topic: string): string | null {
  const words = contentWords(topic);
  if (words.length < 2) return null;
  return tsForms(words.reduce((a, b) => (b.length > a.length ? b : a)));
}
