import type { Span } from "../card/card-schema.js";
import { takesStop } from "../entities/name-words.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import type { Token } from "../text/tokenize.js";
import type { Cue } from "./find-cues.js";
import type { ResolvedCue } from "./resolve-speaker.js";
import { tokenAt, tokensIn } from "../text/token-at.js";

// Verbs whose complement is what was said ("said (that) …", "urged Washington not to …").
const CONTENT_VERBS = new Set([
  ...(
    "said says say told tells added adds argued argues claimed claims warned warns insisted " +
    "insists stated states urged urges called calls believes believed thinks suggested " +
    "suggests noted notes explained explains announced announces acknowledged admitted " +
    "predicted promised vowed stressed maintained contended asserted conceded confirmed " +
    "denied reported reports wrote writes declared saying adding telling arguing noting " +
    "warning claiming insisting writing asked asks asking suggesting explaining stressing " +
    "acknowledging argue claim believe think warn insist note suggest predict predicts " +
    "expects expected hopes hoped fears feared estimated estimates indicated signaled " +
    "signalled revealed disclosed recalled complained conceded countered responded"
  ).split(" "),
  "according to",
]);
const MIN_WORDS = 4;
const NOT_CONTENT =
  /^(?:on|in|at|during|after|before|when|while|as|of|to|with|about|for|from|via|through|by|earlier|later|last|this|yesterday|today|and|or|but)$/i;

/** Reported speech in one paragraph: the content clause of each cue that quotes no marked words. */
export function findIndirectQuotes(
  text: string,
  tokens: Token[],
  cues: ResolvedCue[],
  quotes: QuotedSpan[],
): Array<{ content: Span; cue: ResolvedCue }> {
  const out: Array<{ content: Span; cue: ResolvedCue }> = [];
  for (const cue of cues) {
    if (!CONTENT_VERBS.has(cue.verb.toLowerCase()) || cue.resolved.speaker.name === null) continue;
    const closesSentence = /^[.!?]$/.test(tokens[cue.index + 1]?.text ?? "");
    const around = cue.inverted || cue.verb === "according to" || closesSentence;
    const content = around ? contentAround(text, tokens, cue) : contentAfter(tokens, cue);
    if (
      !content ||
      quotes.some(
        (q) => q.start < content.end && q.end > content.start && q.start <= content.start + 2,
      )
    )
      continue;
    const words = tokensIn(tokens, content.start, content.end).filter((t) => !t.punct).length;
    if (words >= MIN_WORDS) out.push({ content, cue });
  }
  return out;
}

// Reported content runs at most this many tokens from its cue, which keeps long paragraphs linear.
const MAX_SENTENCE = 150;

function sentenceEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + MAX_SENTENCE; k++) {
    const t = tokens[k] as Token;
    if (/^[.!?]$/.test(t.text) && !(k > 0 && takesStop(tokens[k - 1] as Token))) return k;
  }
  return Math.min(tokens.length, from + MAX_SENTENCE);
}

function sentenceStart(tokens: Token[], from: number): number {
  for (let k = from; k >= 0 && k > from - MAX_SENTENCE; k--) {
    const t = tokens[k] as Token;
    if (/^[.!?]$/.test(t.text) && !(k > 0 && takesStop(tokens[k - 1] as Token))) return k + 1;
  }
  return Math.max(0, from - MAX_SENTENCE + 1);
}

/** "X said (on Friday) (that) CONTENT." */
function contentAfter(tokens: Token[], cue: Cue): Span | null {
  let k = cue.index + 1;
  const verb = cue.verb.toLowerCase();
  const next = tokens[k];
  if (!next || next.punct) return null;
  const that = tokens.slice(k, k + 7).findIndex((t) => t.text === "that");
  if (that >= 0) k += that + 1;
  else if (/^(?:told|tells|telling|asked|asks|asking)$/.test(verb)) {
    // "told reporters (that) …", "asked whether …": the content follows the listener.
    const wh = tokens
      .slice(k, k + 6)
      .findIndex((t) => /^(?:whether|if|why|how|what|when|who)$/i.test(t.text));
    if (wh < 0) return null;
    k += wh;
  } else if (NOT_CONTENT.test(next.text) || (/^add/.test(verb) && next.text === "to")) {
    // "said in an interview.", "adding to his victories": circumstances, not what was said.
    return null;
  }
  let end = sentenceEnd(tokens, k);
  // "… phone call, according to U.S. officials, who said …": the content stops at the next source,
  // and at the main verb a participle clause leads to ("X, noting the size of Y, said, …").
  for (let j = k; j < end; j++) {
    const after = tokens[j + 1]?.text ?? "";
    if (tokens[j]?.text === "," && (/^(?:according|who)$/i.test(after) || isMainCue(after))) {
      end = j;
      break;
    }
  }
  return span(tokens, k, end - 1);
}

/** "CONTENT, X said." or "According to X, CONTENT." */
function contentAround(_text: string, tokens: Token[], cue: Cue): Span | null {
  const start = sentenceStart(tokens, cue.index - 1);
  const end = sentenceEnd(tokens, cue.index);
  const srcStart = tokenAt(tokens, cue.source.start);
  const limit = Math.min(cue.index, srcStart < 0 ? cue.index : srcStart);
  if (start < limit - 2) {
    let k = limit - 1;
    while (k > start && (tokens[k] as Token).punct) k--;
    return span(tokens, start, k);
  }
  const srcEnd = tokenAt(tokens, cue.source.end);
  if (srcEnd >= 0 && tokens[srcEnd]?.text === ",") return span(tokens, srcEnd + 1, end - 1);
  return null;
}

function isMainCue(word: string): boolean {
  return /^(?:said|says|added|told|noted|wrote|stated|explained|argued)$/.test(word);
}

function span(tokens: Token[], a: number, b: number): Span | null {
  const first = tokens[a];
  const last = tokens[b];
  if (!first || !last || b < a) return null;
  return { start: first.start, end: last.end };
}
