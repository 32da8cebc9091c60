import type { Span } from "../card/card-schema.js";
import { HONORIFICS } from "../entities/lexicon.js";
import { describedSource } from "../entities/source-mention.js";
import type { SourceMention } from "../entities/source-mention.js";
import { isPollNoun } from "../lexicon/finder-nouns.js";
import type { Token } from "../text/tokenize.js";

/** What a poll found, read from a sentence that opens with the poll: its clause and the poll. */
export interface PollFinding {
  content: Span;
  source: SourceMention;
}

// The poll phrase stays short ("In the latest Washington Post-ABC News poll, conducted in May,").
const MAX_PHRASE = 16;
const MIN_WORDS = 3;
// Words that may follow the poll's head inside its phrase: "a poll released Monday", "a survey
// of 800 voters", "the poll out this week".
const AFTER_HEAD =
  /^(?:released|conducted|taken|published|commissioned|out|last|this|of|by|from|for|on|among|earlier)$/i;
// A participle after the phrase's comma goes on describing the poll: "…, conducted March 1-3,".
const DESCRIBING = /^(?:conducted|taken|released|published|commissioned|fielded)$/i;
const SENTENCE_END = /^[.!?]$/;

/** A stop that ends the sentence, not an abbreviation's ("conducted Feb. 11", "led Mr. Lee"). */
function endsSentence(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (!SENTENCE_END.test(t.text)) return false;
  if (t.text !== ".") return true;
  if (HONORIFICS.has(tokens[j - 1]?.text.toLowerCase() ?? "")) return false;
  return !/^[\p{Ll}\p{N}]/u.test(tokens[j + 1]?.text ?? "");
}

/**
 * "In a new Gallup poll released Monday, 52 percent of voters backed the plan.": a sentence that
 * opens with "In" and a poll reports the poll's finding, the rest of the sentence, with the
 * poll as its source (not "In a memo released as polls closed, …": the poll noun must head the
 * phrase).
 */
export function findPollFindings(
  text: string,
  tokens: Token[],
  quoted: (pos: number) => boolean,
): PollFinding[] {
  const out: PollFinding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text !== "In" || quoted(t.start) || !opensSentence(tokens, i)) continue;
    const head = pollHead(tokens, i + 1);
    if (head < 0) continue;
    const comma = phraseEnd(tokens, head);
    if (comma < 0) continue;
    const end = sentenceEnd(tokens, comma + 1);
    const inside = tokens.slice(comma + 1, end);
    if (inside.filter((w) => !w.punct).length < MIN_WORDS) continue;
    const first = inside[0] as Token;
    // Content that opens with quoted words is a partial quote, found as such.
    if (quoted(first.start)) continue;
    const last = inside[inside.length - 1] as Token;
    out.push({
      content: { start: first.start, end: last.end },
      source: pollSource(text, tokens, i + 1, head),
    });
  }
  return out;
}

function opensSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || endsSentence(tokens, i - 1) || /^(?:[”"]|'')$/.test(prev.text);
}

/** The index of the poll noun heading the phrase that opens at `k`, before its comma, or -1. */
function pollHead(tokens: Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + MAX_PHRASE; j++) {
    const w = tokens[j] as Token;
    if (w.text === "," || endsSentence(tokens, j)) return -1;
    if (!isPollNoun(w.text)) continue;
    const next = tokens[j + 1];
    if (next && (next.text === "," || AFTER_HEAD.test(next.text))) return j;
  }
  return -1;
}

/** The comma that closes the poll phrase (past a describing participle's own comma), or -1. */
function phraseEnd(tokens: Token[], head: number): number {
  let j = head + 1;
  while (j < tokens.length && j < head + MAX_PHRASE && tokens[j]?.text !== ",") {
    if (endsSentence(tokens, j)) return -1;
    j++;
  }
  if (tokens[j]?.text !== ",") return -1;
  if (!DESCRIBING.test(tokens[j + 1]?.text ?? "")) return j;
  const second = phraseEnd(tokens, j);
  return second < 0 ? j : second;
}

function sentenceEnd(tokens: Token[], k: number): number {
  let j = k;
  while (j < tokens.length && !endsSentence(tokens, j)) j++;
  return j;
}

/** The poll as a source: its phrase after the determiner up to its head ("CNN/ORC poll"). */
function pollSource(text: string, tokens: Token[], k: number, head: number): SourceMention {
  const first = tokens[k] as Token;
  const last = tokens[head] as Token;
  const from = /^(?:the|a|an)$/i.test(first.text) ? (tokens[k + 1] as Token) : first;
  // The poll is named without its article ("NBC News/Wall Street Journal poll").
  const source = describedSource(text, first.start, last.end, /s$/i.test(last.text));
  return { ...source, name: text.slice(from.start, last.end), nameStart: from.start };
}
