import { CLAUSE_OPENERS } from "../lexicon/function-words.js";
import { isPlace } from "../quotes/non-speaker.js";
import { resolvePlace } from "../places/find-places.js";
import type { Token } from "../text/tokenize.js";
import { tokenAt } from "../text/token-at.js";
import { isRoleNoun, takesStop } from "./name-words.js";
import { readNounPhrase } from "./read-noun-phrase.js";
import type { SourceMention } from "./source-mention.js";

// An aside longer than this is no aside worth reading past; the bound keeps paragraphs linear.
const MAX_ASIDE = 24;
// Coordinators open a clause but set off no aside ("…, and the mayor, said").
const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or", "nor", "so", "yet", "than"]);
const PREPOSITION = /^(?:of|for|from|with|to|by|in|at|on|about|against|over|under|than)$/i;
const DETERMINED = /^(?:a|an|the|his|her|their|its|\p{L}+['’]s?)$/iu;
const LEAD = /^(?:also|now|then|once|himself|herself)$/i;

/**
 * "At the club, where fees are high, Jay Moss, its president, suggested …", "… after the Daily
 * Ledger, which had said …, said …", "as Ellen Ward, contradicting him, said …": a subject set
 * off from its verb by an aside between commas (an apposition, an age, a relative, a participle
 * or a subordinate clause) is the phrase right before the aside, which need not open its clause;
 * "The head of the group, Tom Briggs, praised …": a name set off after a description is the
 * subject. `j` is the comma before the verb at `v`; null when no such aside stands there.
 */
export function subjectBeforeAside(
  text: string,
  tokens: Token[],
  j: number,
  v: number,
  withRole: (np: SourceMention) => SourceMention,
): SourceMention | null {
  // "The senator criticized the plan, which …, saying": a participle of speech goes with the
  // clause's subject, not with the phrase the aside is about.
  if (/ing$/i.test(tokens[v]?.text ?? "")) return null;
  const k = asideComma(tokens, j);
  if (k < 1) return null;
  const named = setOffName(text, tokens, k, j);
  if (named) return named;
  if (!opensAside(tokens, k + 1, j)) return null;
  const np = nameOpeningSegment(text, tokens, k - 1);
  return np ? withRole(np) : null;
}

/** The comma that opens the aside closed by the comma at `j`, or -1. */
function asideComma(tokens: Token[], j: number): number {
  for (let k = j - 1; k >= 0 && k > j - MAX_ASIDE; k--) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k > j - 2 ? -1 : k;
    if (/^(?:[.!?;:“”"]|'')$/.test(t.text)) return -1;
  }
  return -1;
}

/** "The head of the group, Tom Briggs, praised": a person's name alone between the commas. */
function setOffName(text: string, tokens: Token[], k: number, j: number): SourceMention | null {
  const np = readNounPhrase(text, tokens, k + 1);
  if (np?.kind !== "name" || np.end !== (tokens[j - 1] as Token).end) return null;
  // ("Moss and Ward, a Dayton Republican, argued": a description is no name, nor is "chief
  // executive of the Harbor Trust" a name of the Trust.)
  if (/^(?:a|an|the)$/i.test(tokens[k + 1]?.text ?? "") || ofObject(tokens, np)) return null;
  // "Tom Briggs of Fairfield, Conn., said", "a donor from Dayton, Ohio, said": a place set off
  // after a place goes on with it.
  if (isPlace(np.name) || resolvePlace(np.name) !== undefined) return null;
  if (PREPOSITION.test(tokens[k - 2]?.text ?? "") && tokens[k - 1]?.cap) return null;
  // Only after a description ("The head of the group"), not in a list of names ("Moss, Ward,"),
  // a relative ("who lives outside the capital, Sacramento,") or an apposition of its own
  // ("Ann Vian, the editor of the city's paper, The Ledger, said").
  const segment = segmentStart(tokens, k - 1);
  const opener = tokens[segment - 1]?.text.toLowerCase() ?? "";
  if (CLAUSE_OPENERS.has(opener) && !COORDINATORS.has(opener)) return null;
  if (tokens[segment - 1]?.text === "," && nameOpeningSegment(text, tokens, segment - 2))
    return null;
  return nameOpeningSegment(text, tokens, k - 1) ? null : np;
}

/** The first token of the segment (after a comma, a stop or a word opening a clause) holding `e`. */
function segmentStart(tokens: Token[], e: number): number {
  let s = e;
  while (s > 0 && !opensSegment(tokens, s - 1)) s--;
  return s;
}

/** Whether the words from `i` to the comma at `j` are an aside about the phrase before them. */
function opensAside(tokens: Token[], i: number, j: number): boolean {
  const first = tokens[i] as Token;
  const lower = first.text.toLowerCase();
  // "which originally said …", "as he has in the past", "contradicting Trump".
  if (CLAUSE_OPENERS.has(lower) && !COORDINATORS.has(lower)) return true;
  if (/^\p{Ll}+ing$/u.test(first.text)) return true;
  // "Benjamin Green, 83, knows": an age.
  if (j === i + 1 && /^\d{1,3}$/.test(first.text)) return true;
  // "Ann Colt, then 38, said": an age at the time.
  if (j === i + 2 && /^(?:then|now)$/.test(lower) && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? ""))
    return true;
  // "the club's 78-year-old president", "a senior city planner": an apposition opened by a
  // determiner or a possessor; "State Department regional security director", "director of the
  // institute", "also a GOP presidential hopeful": one naming a role.
  if (DETERMINED.test(lower)) return true;
  const role = tokens.slice(i, j).some((t) => isRoleNoun(t.text));
  return role && (LEAD.test(lower) || first.cap || isRoleNoun(first.text));
}

/**
 * The person's or organisation's name that ends at `tokens[e]` (a party tag stepped over) and
 * opens its clause or segment (after a comma, a dash or a word like "after", "as", "that"), or null.
 */
export function nameOpeningSegment(text: string, tokens: Token[], e: number): SourceMention | null {
  let last = e;
  // "Sen. Tom Briggs (R-Ohio), also a …": the party tag is not part of the name.
  if (tokens[last]?.text === ")") {
    let open = last - 1;
    while (open > 0 && open > last - 8 && tokens[open]?.text !== "(") open--;
    if (tokens[open]?.text !== "(") return null;
    last = open - 1;
  }
  const end = tokens[last];
  if (!end || end.punct) return null;
  // "United States Citizenship and Immigration Services": the longest name that ends there,
  // read from the segment's start or from a coordinator after a common word ("the bill and
  // Ward, …"; not "Moss and Ward, …", two subjects).
  let s = last;
  while (s > 0 && s > last - 10 && !opensSegment(tokens, s - 1)) s--;
  if (s > 0 && !opensSegment(tokens, s - 1)) return null;
  let np: SourceMention | null = null;
  for (let from = s; from <= last && !np; from++) {
    const joined = COORDINATORS.has(tokens[from - 1]?.text.toLowerCase() ?? "");
    if (from > s && !(joined && tokens[from - 2]?.cap !== true)) continue;
    const read = readNounPhrase(text, tokens, from, last - from + 1);
    if (read && read.end === end.end && (read.kind === "name" || read.kind === "org")) np = read;
  }
  if (!np || isPlace(np.name)) return null;
  // "the foreign minister of France, …", "president of the Leadership Fund, …": the name is a
  // preposition's object, not the subject.
  return ofObject(tokens, np) ? null : np;
}

/** Whether a name read is a preposition's object ("minister of France", "head of the Fund"). */
function ofObject(tokens: Token[], np: SourceMention): boolean {
  const at = tokenAt(tokens, np.nameStart);
  const lead = tokens.slice(tokenAt(tokens, np.start), at);
  return lead.some((t) => PREPOSITION.test(t.text)) || PREPOSITION.test(tokens[at - 1]?.text ?? "");
}

/**
 * Whether `tokens[i]` ends what came before a segment: punctuation (not the stop of "Gov.") or a
 * word that opens a clause.
 */
function opensSegment(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.text === ".") return !takesStop(tokens[i - 1] ?? t);
  const w = t.text.toLowerCase();
  return t.punct || (CLAUSE_OPENERS.has(w) && !COORDINATORS.has(w));
}
