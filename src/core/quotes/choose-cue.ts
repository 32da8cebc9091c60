import { CIRCUMSTANCE_WORDS, CLAUSE_OPENERS, DETERMINERS } from "../lexicon/function-words.js";
import { PLAIN_SAY_FORMS } from "../lexicon/reporting-verbs.js";
import { isNameWord, takesStop } from "../entities/name-words.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import type { Cue } from "./find-cues.js";

const SENTENCE_END = /^[.!?]$/;
const MAX_GAP = 8;
const LONG_GAP = 24;
const SHORT_QUOTE = 30;

function textBetween(tokens: Token[], q: QuotedSpan): string {
  let out = "";
  for (let k = indexAt(tokens, q.end); k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.end > q.close) break;
    out += t.text;
  }
  return out;
}

/**
 * A stop ends a sentence unless a letter follows it directly ("fivethirtyeight.com") or it
 * closes a title or initial ("Sgt. Amy Cole said").
 */
function isSentenceEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!SENTENCE_END.test(t.text)) return false;
  const prev = tokens[k - 1];
  if (t.text === "." && prev && prev.end === t.start && takesStop(prev)) return false;
  const next = tokens[k + 1];
  return !(next && next.start === t.end && !next.punct);
}

/**
 * The cue that attributes a quote within its paragraph: one right after it ("…,” she said),
 * one right before it (Rice said: “…”), or null when the paragraph says nothing about it.
 */
export function chooseCue(
  tokens: Token[],
  quotes: QuotedSpan[],
  q: QuotedSpan,
  cues: Cue[],
): Cue | null {
  return cueAfter(tokens, quotes, q, cues) ?? cueBefore(tokens, quotes, q, cues);
}

/**
 * Whether a dash sets a name right before the quote ("… Mitt Romney -- ''…''"): that name, not
 * a verb earlier in the sentence, introduces the quote.
 */
function dashedName(tokens: Token[], q: QuotedSpan): boolean {
  let k = indexAt(tokens, q.open) - 1;
  let dashes = 0;
  while (k >= 0 && /^[-—–]$/.test(tokens[k]?.text ?? "") && dashes < 2) {
    k--;
    dashes++;
  }
  const t = tokens[k];
  const dash = tokens[k + 1];
  if (!(dashes > 0 && !!t && !!dash && t.cap && !t.punct && dash.start > t.end && isNameWord(t)))
    return false;
  // "supportive of Mr. Trump -- ''…''": a preposition's object is who is spoken of, not the speaker.
  let j = k;
  while (j > 0 && ((tokens[j - 1] as Token).cap || tokens[j - 1]?.text === ".")) j--;
  return !OBJECT_OF.test(tokens[j - 1]?.text ?? "");
}

/**
 * "Pollsters agree - Carl Bialik: “…”": a name after a dash and before a colon labels the quote
 * as a digest's line does; the verb before the dash sums the item up and speaks for no one.
 */
function dashedLabel(tokens: Token[], q: QuotedSpan): boolean {
  const colon = indexAt(tokens, q.open) - 1;
  if (tokens[colon]?.text !== ":") return false;
  let k = colon - 1;
  while (k >= 0 && colon - k <= 4 && isNameWord(tokens[k] as Token)) k--;
  return k < colon - 1 && /^[-—–]$/.test(tokens[k]?.text ?? "");
}

const OBJECT_OF = /^(?:of|to|for|with|about|against|on|at|by|from|in|into|over|than|like)$/i;

// The first token at or after `pos`; past the end when there is none.
function indexAt(tokens: Token[], pos: number): number {
  const index = tokenAt(tokens, pos);
  return index < 0 ? tokens.length : index;
}

// Cues by token index, built once per paragraph's cue list (chooseCue runs once per quote).
const byIndex = new WeakMap<Cue[], Map<number, Cue>>();

function cueAt(cues: Cue[], k: number): Cue | undefined {
  let map = byIndex.get(cues);
  if (!map) {
    map = new Map(cues.map((c) => [c.index, c]));
    byIndex.set(cues, map);
  }
  return map.get(k);
}

function cueAfter(tokens: Token[], quotes: QuotedSpan[], q: QuotedSpan, cues: Cue[]): Cue | null {
  const from = indexAt(tokens, q.close);
  // A short title or scare quote inside the attribution ("wearing “Vote Blue” pins") is no barrier.
  const nextOpen =
    quotes.find((o) => o.open >= q.close && o.close - o.open > SHORT_QUOTE)?.open ??
    Number.MAX_SAFE_INTEGER;
  // “… a hard working MP”. Mr Silk announced …: a stop right after the closing mark ends the
  // sentence too (the British order).
  const ended = endsSentence(tokens, q, from) || stopAfterClose(tokens, from);
  // After "…,” or before "Name, apposition, said" a long apposition may precede the verb.
  const appositive = !ended && opensName(tokens, from);
  const gap = /^[,‐‒–—―-]/.test(textBetween(tokens, q)) || appositive ? LONG_GAP : MAX_GAP;
  for (let k = from; k < tokens.length && k < from + gap; k++) {
    const t = tokens[k] as Token;
    if (t.start >= nextOpen) break;
    const c = cueAt(cues, k);
    // “… discrimination.” The star then recalled an incident …: after a finished sentence, a
    // cue with its subject before it and words after it starts a sentence of its own.
    if (c && ended && !c.inverted && !endsAttribution(tokens, k)) return null;
    if (c && ended && opensNextQuote(tokens, c)) return null;
    if (c) return c;
    if (isSentenceEnd(tokens, k) && k > from) break;
    // “… anguish.” This sort of opining, CNN claimed: after a finished sentence a clause that
    // does not open with a name is a new sentence, not the attribution.
    if (ended && t.text === "," && !opensName(tokens, from)) break;
  }
  return null;
}

// "writes to Sullivan.", "said on Twitter.": a preposition opening the few words that end the
// sentence after the verb names an addressee or a channel, not something done.
const ADDRESS_OR_CHANNEL = /^(?:to|in|on|at|during|via|from|through|over)$/i;
const SHORT_TAIL = 6;

/**
 * Whether the cue at `k` ends its attribution: punctuation right after the verb ("…” Cole
 * said.") or a short addressee or channel closing the sentence ("…?” Cole writes to Ames.").
 */
function endsAttribution(tokens: Token[], k: number): boolean {
  if (/^[.,;:!?]$/.test(tokens[k + 1]?.text ?? ".")) return true;
  if (!ADDRESS_OR_CHANNEL.test(tokens[k + 1]?.text ?? "")) return false;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + SHORT_TAIL; j++) {
    const t = tokens[j] as Token;
    if (isSentenceEnd(tokens, j)) return true;
    if (/^[“"]$|^''$/.test(t.text)) return false;
  }
  return false;
}

/**
 * Whether a name starts at `k`: a name word, or a capitalised word that is also a common one
 * ("Will", "May", "Rich") before a name word: "Will Estrada, the chairman, said".
 */
function opensName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (isNameWord(t)) return true;
  const next = tokens[k + 1];
  const lower = t.text.toLowerCase();
  // "But Mr. Trump, again, did not …": a conjunction or a preposition opens a new clause.
  if (CLAUSE_OPENERS.has(lower) || CIRCUMSTANCE_WORDS.has(lower) || DETERMINERS.has(lower))
    return false;
  return t.cap && !t.punct && !!next && next.start === t.end + 1 && isNameWord(next);
}

/**
 * “… gathering pace.” Tim Cole said: “…”, “… radio.” According to analysts X, …: after a
 * finished sentence, a cue ending in a colon introduces the quote after it, and "according to"
 * opens a sentence of its own; neither attributes the quote before.
 */
function opensNextQuote(tokens: Token[], c: Cue): boolean {
  if (c.verb.toLowerCase() === "according to") return true;
  const end = tokenAt(tokens, Math.max(c.end, c.source.end));
  return tokens[end]?.text === ":";
}

function stopAfterClose(tokens: Token[], from: number): boolean {
  return tokens[from]?.text === "." && isSentenceEnd(tokens, from) && !!tokens[from + 1]?.cap;
}

/** Whether the quote's own words end a sentence ("… anguish.”") and a new one starts after it. */
function endsSentence(tokens: Token[], q: QuotedSpan, from: number): boolean {
  // `from` is the first token after the closing mark.
  const last = tokens[from - 2];
  const next = tokens[from];
  return !!last && /^[.!?]$/.test(last.text) && last.end <= q.close && !!next?.cap;
}

function cueBefore(tokens: Token[], quotes: QuotedSpan[], q: QuotedSpan, cues: Cue[]): Cue | null {
  if (dashedName(tokens, q) || dashedLabel(tokens, q)) return null;
  const to = indexAt(tokens, q.open) - 1;
  const prevClose = quotes.findLast((o) => o.close <= q.open)?.close ?? -1;
  for (let k = to; k >= 0 && k > to - 14; k--) {
    const t = tokens[k] as Token;
    if (t.start < prevClose) break;
    const c = cueAt(cues, k);
    if (c)
      return newClauseBetween(tokens, k, to)
        ? null
        : (outerCue(tokens, cues, k) ?? reportingCue(tokens, cues, c) ?? c);
    if (isSentenceEnd(tokens, k) && k < to) break;
  }
  return null;
}

/**
 * "X told a young woman who suggested that … that “…”": a verb in a restrictive relative
 * clause describes the listener; the main clause's earlier cue in the sentence, when there is
 * one, introduces the quote.
 */
function outerCue(tokens: Token[], cues: Cue[], k: number): Cue | null {
  if (tokens[k - 1]?.text !== "who" || tokens[k - 2]?.text === ",") return null;
  for (let j = k - 2; j >= 0 && j > k - 30; j--) {
    if (isSentenceEnd(tokens, j)) break;
    const c = cueAt(cues, j);
    if (c && tokens[j - 1]?.text !== "who") return c;
  }
  return null;
}

/**
 * "Lee criticized the accord, saying the agreement goes “nowhere near far enough”", "Meeks said
 * Clinton reassured them that they “…”": a cue whose subject opens the clause another cue
 * reports is part of what was reported; the reporting cue's speaker said the quote.
 */
function reportingCue(tokens: Token[], cues: Cue[], c: Cue): Cue | null {
  // "sources said he said ''…''": a plain verb of saying inside the report still names who
  // uttered the quoted words.
  if (c.inverted || PLAIN_SAY_FORMS.has(c.verb.toLowerCase())) return null;
  let k = tokenAt(tokens, c.source.start) - 1;
  if (tokens[k]?.text === "that") k--;
  const outer = cueAt(cues, k);
  return outer && !outer.inverted && outer.source.end <= (tokens[k] as Token).start ? outer : null;
}

/**
 * "When Jerry Brown criticized him, Hillary shot back, “…”": a comma and a new capitalised
 * subject between the cue and the quote mean the cue belongs to another clause.
 */
function newClauseBetween(tokens: Token[], verb: number, to: number): boolean {
  for (let k = verb + 1; k < to; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (
      t.text === "," &&
      next &&
      next.cap &&
      !next.punct &&
      k + 2 <= to &&
      !(tokens[k + 2]?.punct ?? true)
    ) {
      const after = tokens[k + 2] as Token;
      if (!after.cap && !PLAIN_SAY_FORMS.has(after.text)) return true;
    }
  }
  return false;
}
