import type { Cue } from "./cue.js";
import { DETERMINERS } from "../lexicon/function-words.js";
import type { Token } from "../text/tokenize.js";
import type { SourceMention } from "../entities/source-mention.js";

/**
 * "cautioned against ''a betrayal of our values'' in the way the country responds": a cue's
 * subject read from inside quotation marks is quoted wording, never the one who speaks.
 */
export function sourceQuoted(
  source: SourceMention,
  inverted: boolean,
  quoted: (pos: number) => boolean,
): boolean {
  return !inverted && quoted(source.start);
}

/**
 * "called it a “starting point”", "calling him “a disgrace”", "described the race as “…”": a verb
 * of naming whose object runs straight into a quote gives the quote its words, so its subject
 * speaks (the weak verb alone, "called for talks", introduces no one).
 */
export function namesQuoted(tokens: Token[], v: number, quoted: (pos: number) => boolean): boolean {
  if (
    !/^(?:call|calls|called|calling|describe|describes|described|describing)$/i.test(
      tokens[v]?.text ?? "",
    )
  )
    return false;
  if (PARTICLE.test(tokens[v + 1]?.text ?? "")) return false;
  // "a fundraising call …, asking": after a determiner and a modifier the word is a noun.
  if (
    /ing$/.test(tokens[v - 1]?.text ?? "") &&
    DETERMINERS.has(tokens[v - 2]?.text.toLowerCase() ?? "")
  )
    return false;
  for (let k = v + 1; k < tokens.length && k <= v + MAX_OBJECT; k++) {
    const t = tokens[k] as Token;
    if (OPENING.test(t.text) || quoted(t.start)) return true;
    if (/^[.!?;:]$/.test(t.text)) return false;
  }
  return false;
}

const MAX_OBJECT = 10;
const OPENING = /^(?:[“"]|'')$/;
const PARTICLE = /^(?:for|on|off|up|in|out|back|into|upon)$/i;

/**
 * "as The Hill pointed out, “…”": a weak verb with its particle ("point out") right before the
 * quote's lead-in mark introduces the quote as "said" would.
 */
export function particleIntroduces(tokens: Token[], v: number): boolean {
  return tokens[v + 1]?.text === "out" && /^(?:[,:“"]|'')$/.test(tokens[v + 2]?.text ?? "");
}

/**
 * "with Donald Trump tweeting that … and asking, “…”", "Sen. Jack Reed said … but called it a
 * “…”": a verb of speech joined by "and" or "but" to an earlier one of the same form in the
 * sentence shares its subject.
 */
export function joinParticiples(tokens: Token[], cues: Cue[]): Cue[] {
  return cues.map((c, i) => {
    if (c.inverted || !/^(?:and|but)$/.test(tokens[c.index - 1]?.text ?? "")) return c;
    const prev = cues[i - 1];
    const participle = /ing$/.test(c.verb);
    if (!prev || prev.inverted || /ing$/.test(prev.verb) !== participle) return c;
    if (!participle && tokens[c.index - 1]?.text !== "but") return c;
    for (let k = prev.index + 1; k < c.index; k++)
      if (/^[.!?;]$/.test((tokens[k] as Token).text)) return c;
    return { ...c, source: prev.source };
  });
}
