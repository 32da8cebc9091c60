import { isRoleNoun } from "../entities/name-words.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { clauseSubject, withApposition } from "../entities/read-source.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import type { SourceMention } from "../entities/source-mention.js";
import type { Token } from "../text/tokenize.js";
import { classifyQuote } from "./classify-quote.js";
import { implicitSource } from "./implicit-source.js";
import type { Para, SpeakerContext } from "./paragraph.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, Salience } from "./resolve-speaker.js";
import { tokenAt } from "../text/token-at.js";
import { tokenize } from "../text/tokenize.js";
import { resolvePlace } from "../places/find-places.js";

/**
 * The speaker of a quote with no cue right next to it, by the first strategy that answers: a
 * source without a verb ("Carl Bialik: “…”", "“…” ― Maria Lopez"), the paragraph before
 * introducing it, the subject of the quote's own sentence, then the surrounding speakers.
 */
export function findSpeaker(
  ctx: SpeakerContext,
  para: Para,
  prev: Para | null,
  q: QuotedSpan,
): Resolved {
  return (
    implicit(ctx, para, q) ??
    introduced(ctx, para, prev, q) ??
    parentheticalCue(para, q) ??
    sentenceSubject(ctx, para, q) ??
    precedingSubject(ctx, para, q) ??
    fallback(ctx, para, prev, q)
  );
}

function implicit(
  { text, registry, sal }: SpeakerContext,
  para: Para,
  q: QuotedSpan,
): Resolved | null {
  const src =
    implicitSource(text, para.tokens, q) ??
    closingSignOff(text, para, q) ??
    signedBelow(text, para, q);
  if (!src) return null;
  const resolved = resolveSource(text, src, registry, sal, para.index);
  if (resolved.rejected) return null;
  sal.spoken.push({ at: src.start, paragraph: para.index, resolved });
  return resolved;
}

/**
 * "“I’d rather live in what he calls “hell” than …” ― Ana Ruiz": a quote opening its line
 * that a dash after a closing mark signs off at the line's end is the signer's, though an
 * inner quote split the quote so the sign-off no longer follows its piece.
 */
function closingSignOff(text: string, para: Para, q: QuotedSpan): SourceMention | null {
  const lineStart = Math.max(para.span.start, text.lastIndexOf("\n", q.open) + 1);
  if (text.slice(lineStart, q.open).trim().length > 0) return null;
  const newline = text.indexOf("\n", q.close);
  const lineEnd = newline < 0 ? para.span.end : Math.min(newline, para.span.end);
  const tokens = para.tokens;
  for (let k = tokenAt(tokens, q.close) + 1; k > 0 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start >= lineEnd) break;
    if (!/^[‐‒–—―]$/.test(t.text) || !/^[”"]$/.test(tokens[k - 1]?.text ?? "")) continue;
    const np = readNounPhrase(text, tokens, k + 1);
    const rest = np ? text.slice(np.end, lineEnd) : "";
    return np?.kind === "name" && /^[\s.]*$/.test(rest) ? np : null;
  }
  return null;
}

/**
 * "“Great speech. She's ready.”¶-Dana Cole, tweeting after the speech.": a paragraph that is
 * nothing but quotes is signed off by a dash and a name opening the next line.
 */
function signedBelow(text: string, para: Para, q: QuotedSpan): SourceMention | null {
  if (para.quotes[para.quotes.length - 1] !== q) return null;
  let outside = text.slice(para.span.start, para.quotes[0]?.open ?? q.open);
  for (const [k, o] of para.quotes.entries())
    outside += text.slice(o.close, para.quotes[k + 1]?.open ?? para.span.end);
  if (/[\p{L}\p{N}]/u.test(outside)) return null;
  const line = /^\s*[-‐‒–—―]\s*/.exec(text.slice(para.span.end, para.span.end + 200));
  if (!line) return null;
  const from = para.span.end + line[0].length;
  const newline = text.indexOf("\n", from);
  const tokens = tokenize(text, from, newline < 0 ? text.length : newline);
  const np = readNounPhrase(text, tokens, 0);
  const next = tokens.find((t) => np !== null && t.start >= np.end);
  return np?.kind === "name" && (!next || /^[.,(]$/.test(next.text)) ? np : null;
}

/**
 * A quote opening its paragraph, introduced by the paragraph before: "… Nordhaus said:" or a
 * vox-pop heading such as "Maria Lopez, 34, a teacher in Phoenix".
 */
function introduced(
  { text, registry, sal }: SpeakerContext,
  para: Para,
  prev: Para | null,
  q: QuotedSpan,
): Resolved | null {
  if (!prev || text.slice(para.span.start, q.open).trim().length > 0) return null;
  const lastTok = prev.tokens.length - 1;
  let src = null;
  if (prev.tokens[lastTok]?.text === ":") {
    const cue = prev.cues.find((c) => c.index >= lastTok - 2) ?? sentenceCue(prev, lastTok);
    if (cue) return cue.resolved;
    src = implicitSource(text, prev.tokens, {
      open: prev.span.end + 1,
      close: prev.span.end + 1,
    } as QuotedSpan);
  } else if (prev.tokens.length <= 16 && prev.quotes.length === 0 && prev.cues.length === 0) {
    const np = readNounPhrase(text, prev.tokens, 0);
    if (np?.kind === "name") src = withApposition(text, prev.tokens, np);
  }
  if (!src) return null;
  const resolved = resolveSource(text, src, registry, sal, prev.index);
  sal.spoken.push({ at: src.start, paragraph: prev.index, resolved });
  return resolved;
}

/**
 * "As Dana Cole reported after the police left the scene in Fairview:": the cue of the
 * sentence the colon ends introduces the quote below, whatever phrase stands before the colon.
 */
function sentenceCue(prev: Para, colon: number): Para["cues"][number] | undefined {
  const cue = prev.cues.findLast((c) => c.index < colon);
  if (!cue || cue.resolved.speaker.name === null || cue.resolved.rejected) return undefined;
  const between = prev.tokens.slice(cue.index + 1, colon);
  return between.some((t) => /^[.!?]$/.test(t.text)) ? undefined : cue;
}

/**
 * "Mr. Lee is so reckless, the mayor said, that if … ''I would …''", "Any reading of the plan, said
 * Ann Ruiz, an expert, would see … ''…''": a cue set off by commas
 * inside the quote's sentence tells who speaks, however far the quote runs after it; the
 * sentence's subject is only what the speaker talks about.
 */
function parentheticalCue(para: Para, q: QuotedSpan): Resolved | null {
  const tokens = para.tokens;
  const at = tokenAt(tokens, q.open);
  for (const c of para.cues) {
    if (c.start >= q.open || c.resolved.speaker.name === null || c.resolved.rejected) continue;
    if (!setOff(tokens, c)) continue;
    const between = tokens.slice(c.index + 1, at < 0 ? tokens.length : at);
    if (between.some((t) => /^[.!?]$/.test(t.text))) continue;
    return c.resolved;
  }
  return null;
}

/** ", the mayor said," or ", said Ann Ruiz, an expert on …,": commas on both sides of the cue. */
function setOff(tokens: Token[], c: Para["cues"][number]): boolean {
  if (!c.inverted) {
    const first = tokenAt(tokens, c.source.start);
    return tokens[first - 1]?.text === "," && tokens[c.index + 1]?.text === ",";
  }
  const after = tokens.find((t) => t.start >= c.source.end);
  return tokens[c.index - 1]?.text === "," && after?.text === ",";
}

/** "Mr. Obama decried the ''…''", "Hillary shot back, “…”": the subject of the quote's own sentence. */
function sentenceSubject(
  { text, registry, sal }: SpeakerContext,
  para: Para,
  q: QuotedSpan,
): Resolved | null {
  const at = tokenAt(para.tokens, q.open);
  if (at <= 1) return null;
  const src = clauseSubject(text, para.tokens, at);
  if (
    !src ||
    src.end > q.open ||
    src.kind === "one" ||
    (src.kind === "description" && !isRoleNoun(src.name.split(" ").pop() ?? ""))
  )
    return null;
  if (para.quotes.some((o) => o.open < src.start && src.start < o.close)) return null;
  // "LONDON (Reuters) - Donald Trump said …": a place in capitals opening the sentence is a
  // dateline, which never speaks.
  if (!/\p{Ll}/u.test(src.name) && resolvePlace(titleCase(src.name)) !== undefined) return null;
  const resolved = resolveSource(text, src, registry, sal, para.index);
  return resolved.rejected ? null : resolved;
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * "Obama touted the law before he left. “The more who sign up, …”": in a paragraph with no
 * cue, a quote after a sentence whose subject is a person is that person's.
 */
function precedingSubject(
  { text, sal }: SpeakerContext,
  para: Para,
  q: QuotedSpan,
): Resolved | null {
  if (para.cues.length > 0 || !firstStatement(text, para, q)) return null;
  let first: Salience["mentioned"][number] | undefined;
  for (let k = sal.mentioned.length - 1; k >= 0; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < para.index) break;
    if (m.paragraph === para.index && m.at < q.open) first = m;
  }
  if (!first?.subject) return null;
  const at = first.at;
  const evidence = [first.person.mentions.find((m) => m.start === at) ?? { start: at, end: at }];
  return {
    speaker: { name: first.person.name, role: first.person.role, anonymous: false, evidence },
    person: first.person,
    group: null,
  };
}

/**
 * Whether `q` is the paragraph's first quoted statement: a title before it ("On “Face the
 * Nation,” Sen. Alma Roth …") is no statement.
 */
function firstStatement(text: string, para: Para, q: QuotedSpan): boolean {
  return para.quotes
    .filter((o) => o.close <= q.open)
    .every((o) => classifyQuote(text, para.tokens, o, para.span.start) === null);
}

/** No cue next to the quote: the paragraph's other cues, then the previous paragraph's speaker. */
function fallback(
  { text, sal }: SpeakerContext,
  para: Para,
  prev: Para | null,
  q: QuotedSpan,
): Resolved {
  const own = para.cues.filter((c) => c.resolved.speaker.name !== null);
  const before = own.findLast((c) => c.start < q.open);
  if (before) return before.resolved;
  const after = own.find((c) => c.start > q.close);
  if (after) return after.resolved;
  // The floating quote continues whoever spoke last in the paragraph before: its last quote's
  // speaker, or a source reported after that quote ("… she said. Smith said the plan was bad.").
  const named = (prev?.cues ?? []).filter((c) => c.resolved.speaker.name !== null);
  const last = named[named.length - 1];
  if (prev?.lastSpeaker && (!last || last.start < prev.lastSpeakerAt)) return prev.lastSpeaker;
  if (last) return last.resolved;
  return (
    priorSubject(text, para, prev, q, sal) ?? {
      speaker: { name: null, role: null, anonymous: false },
      person: null,
      group: null,
    }
  );
}

/**
 * "Lee praised the plan.¶“We need someone who gets things done.”": a quote standing alone at
 * the head of its paragraph, after a paragraph with no direct quote and no named speaker, is
 * the person that paragraph was about: the subject of its last sentence led by a person.
 */
function priorSubject(
  text: string,
  para: Para,
  prev: Para | null,
  q: QuotedSpan,
  sal: Salience,
): Resolved | null {
  if (!prev || prev.index !== para.index - 1 || prev.lastSpeaker) return null;
  if (para.quotes[0] !== q || para.cues.length > 0) return null;
  // Only a quote that opens its paragraph, with no name after it (a sign-off names the speaker).
  if (text.slice(para.span.start, q.open).trim().length > 0) return null;
  const outside = (pos: number) => !para.quotes.some((o) => o.open <= pos && pos < o.close);
  if (para.tokens.some((t) => t.start >= q.close && t.cap && outside(t.start))) return null;
  let subject: Salience["mentioned"][number] | undefined;
  for (let k = sal.mentioned.length - 1; k >= 0 && !subject; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < prev.index) break;
    if (m.paragraph === prev.index && m.subject) subject = m;
  }
  if (!subject) return null;
  const at = subject.at;
  const evidence = [subject.person.mentions.find((m) => m.start === at) ?? { start: at, end: at }];
  return {
    speaker: { name: subject.person.name, role: subject.person.role, anonymous: false, evidence },
    person: subject.person,
    group: null,
  };
}
