import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { clauseSubject, phraseEndingAt } from "../entities/read-source.js";
import type { SourceMention } from "../entities/source-mention.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import type { Token } from "../text/tokenize.js";
import { tokenAt, tokenBefore } from "../text/token-at.js";

const DASH = /^[-‐‒–—―]$/;
// "delivered a message to Trump: “…”": the word before a name that makes it the listener.
const LISTENER_LEAD = /^(?:to|told|tells|asked|asks|against|toward|towards)$/;

/**
 * A source given without a reporting verb: "Carl Bialik: “…”", "… the following statement: “…”"
 * (the sentence's subject), or a sign-off after the quote: "“…” - Hillary Clinton."
 */
export function implicitSource(text: string, tokens: Token[], q: QuotedSpan): SourceMention | null {
  const before = lastIndexBefore(tokens, q.open);
  if (before >= 0 && tokens[before]?.text === ":") {
    const np = phraseEndingAt(text, tokens, before - 1);
    // "Carl Bialik: “…”" names the source; "delivered a message to Trump: “…”" names the listener.
    const lead = np ? leadBefore(tokens, tokenAt(tokens, np.start)) : undefined;
    const object = !!lead && LISTENER_LEAD.test(lead.text);
    if (np && (np.kind === "name" || np.kind === "org") && !object) return np;
    const subject = clauseSubject(text, tokens, before);
    if (subject && subject.kind !== "description") return subject;
    return np;
  }
  const led = dashLead(text, tokens, q);
  if (led) return led;
  const at = tokenAt(tokens, q.close);
  const after = at < 0 ? before : at;
  if (after > before && DASH.test(tokens[after]?.text ?? "")) {
    const np = readNounPhrase(text, tokens, after + 1);
    const next = tokens.findIndex((t) => np !== null && t.start >= np.end);
    if (np && np.kind === "name" && (next < 0 || /^(?:[.,(“"]|'')$/.test(tokens[next]?.text ?? "")))
      return np;
  }
  return null;
}

/**
 * The word before a name and the description set before it: "to" in "to the Dutch newspaper
 * Het Dagblad:", which makes the paper a listener, not a speaker.
 */
function leadBefore(tokens: Token[], first: number): Token | undefined {
  const next = tokens[first - 1];
  if (!next || LISTENER_LEAD.test(next.text)) return next;
  let k = first - 1;
  for (let n = 0; n < 4 && k > 0; n++, k--) {
    const t = tokens[k] as Token;
    if (t.punct) break;
    if (/^(?:the|a|an)$/i.test(t.text)) return tokens[k - 1];
  }
  return tokens[first - 1];
}

function lastIndexBefore(tokens: Token[], pos: number): number {
  const t = tokenBefore(tokens, pos);
  return t ? tokens.indexOf(t, Math.max(0, tokenAt(tokens, t.start))) : -1;
}

/**
 * "including the former candidate Mitt Romney -- ''It is disqualifying …''": a name a dash
 * sets right before a quote is its speaker, whatever verb stands earlier in the sentence.
 */
export function dashLead(text: string, tokens: Token[], q: QuotedSpan): SourceMention | null {
  const mark = /(?:\s--|\s[—–]|[—–])\s*$/.exec(text.slice(Math.max(0, q.open - 4), q.open));
  if (!mark) return null;
  const dashAt = q.open - (mark[0].length - mark[0].search(/[-—–]/));
  const before = lastIndexBefore(tokens, dashAt);
  const np = before >= 0 ? phraseEndingAt(text, tokens, before) : null;
  const lead = np ? tokens[tokenAt(tokens, np.start) - 1] : undefined;
  // "supportive of Mr. Trump -- ''…''": a preposition's object is spoken of, not speaking.
  if (
    lead &&
    /^(?:of|to|for|with|about|against|on|at|by|from|in|into|over|than|like)$/i.test(lead.text)
  )
    return null;
  return np?.kind === "name" ? np : null;
}
