import { SPEECH_MEDIA, SPEECH_OCCASIONS } from "../lexicon/speech-media.js";
import type { Token } from "../text/tokenize.js";

// Words a reported clause keeps before a trailing phrase can be the writer's (a shorter one is
// no clause: "praised it in a tweet").
const MIN_CLAUSE = 3;
// At most this many words (a determiner, a date, an adjective) before the medium's noun.
const MAX_LEAD = 3;
// Prepositions that set a medium or gathering after the clause: "in a tweet", "on Twitter",
// "at a rally", "during a debate".
const PLACES = /^(?:in|on|at|during)$/;
// Words after the medium that show the reported clause goes on past it ("in an interview that
// …", "in a speech the story of …", "in the video and urged …").
const GOES_ON = /^(?:that|and|but|the|a|an|whether|how|why|what)$/i;

/**
 * Whether the preposition at `j` opens the occasion the source spoke on, which closes the
 * reported clause before it: "praised the plan in an interview published Saturday", "called the
 * vote a fraud on Twitter", "criticized her rival during a debate". The words are the writer's account of the speaking, not what was
 * said. A named owner ("in Lee's tweet") makes the medium part of the content.
 */
export function opensMedium(tokens: Token[], k: number, j: number, end: number): boolean {
  if (j - k < MIN_CLAUSE || !PLACES.test(tokens[j]?.text ?? "")) return false;
  for (let i = j + 1; i < end && i <= j + 1 + MAX_LEAD; i++) {
    const t = tokens[i] as Token;
    const w = t.text.toLowerCase();
    if (SPEECH_MEDIA.has(w) || SPEECH_OCCASIONS.has(w)) return endsClause(tokens, i + 1, end);
    if (t.punct || t.cap) return false;
  }
  return false;
}

/** Whether nothing from `from` to the clause's end goes on with the reported clause. */
function endsClause(tokens: Token[], from: number, end: number): boolean {
  if (GOES_ON.test(tokens[from]?.text ?? "")) return false;
  return !tokens.slice(from, end).some((t) => /^(?:that|and|but)$/i.test(t.text));
}
