import type { ArticleDocument } from "../article/article-document.js";
import type { Person, Quote, Span } from "../card/card-schema.js";
import { findPeople } from "../entities/find-people.js";
import { createPersonRegistry } from "../entities/person-registry.js";
import type { PersonRegistry } from "../entities/person-registry.js";
import { findQuotedSpans } from "../text/find-quoted-spans.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import { tokenize } from "../text/tokenize.js";
import type { Token } from "../text/tokenize.js";
import { chooseCue } from "./choose-cue.js";
import { classifyQuote } from "./classify-quote.js";
import { findCues } from "./find-cues.js";
import { findIndirectQuotes } from "./find-indirect-quotes.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, ResolvedCue, Salience } from "./resolve-speaker.js";
import { findTranscriptLine } from "./transcript-line.js";
import { implicitSource } from "./implicit-source.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { clauseSubject, withApposition } from "../entities/read-source.js";
import { isRoleNoun } from "../entities/name-words.js";

/** A quoted piece with whether a cue right next to it named the speaker. */
interface Piece {
  span: QuotedSpan;
  quote: Quote;
  attributed: boolean;
}

/**
 * A quote running over paragraphs is usually attributed in its last piece
 * ("“… there.¶“And we will win,” Briggs added."): earlier pieces take that speaker.
 */
function carryBack(pieces: Piece[]): void {
  for (let k = pieces.length - 2; k >= 0; k--) {
    const piece = pieces[k] as Piece;
    const next = pieces[k + 1] as Piece;
    if (!piece.span.runsOn || piece.attributed || !next.span.continues) continue;
    piece.quote.speaker = next.quote.speaker;
    if (next.quote.cue !== undefined) piece.quote.cue = next.quote.cue;
    piece.attributed = next.attributed;
  }
}

/** One paragraph as the attribution pass sees it. */
interface Para {
  index: number;
  span: Span;
  tokens: Token[];
  quotes: QuotedSpan[];
  cues: ResolvedCue[];
  /** The speaker of the paragraph's last direct quote. */
  lastSpeaker: Resolved | null;
}

// Credits are never sources: "Additional reporting by Guy Faulconbridge".
const CREDIT = /^\s*(?:(?:additional )?reporting by|editing by|writing by|compiled by|written by|by [A-Z])/i;

/** Finds every quote in an article (direct, partial, reported) and the person who said it. */
export function attributeQuotes(doc: ArticleDocument): { quotes: Quote[]; people: Person[] } {
  const text = doc.text;
  const registry = createPersonRegistry();
  const sal: Salience = { spoken: [], mentioned: [] };
  const allQuoted = findQuotedSpans(text, doc.paragraphs);
  const quotes: Quote[] = [];
  let prev: Para | null = null;
  const pieces: Piece[] = [];
  doc.paragraphs.forEach((span, index) => {
    if (CREDIT.test(text.slice(span.start, span.start + 40))) return;
    const para = readParagraph(text, span, index, allQuoted, registry, sal);
    quotes.push(...attributeParagraph(text, para, prev, registry, sal, pieces));
    prev = para;
  });
  carryBack(pieces);
  for (const q of quotes) {
    const p = q.speaker.name ? registry.find(q.speaker.name) : null;
    if (p && !q.speaker.anonymous) p.quoteCount++;
  }
  return { quotes, people: registry.toPeople() };
}

function readParagraph(text: string, span: Span, index: number, allQuoted: QuotedSpan[], registry: PersonRegistry, sal: Salience): Para {
  const tokens = tokenize(text, span.start, span.end);
  const quotes = allQuoted.filter((q) => q.paragraph === index);
  const quoted = (pos: number): boolean => quotes.some((q) => pos >= q.open && pos < q.close);
  for (const { np, entry } of findPeople(text, tokens, quoted, registry)) {
    sal.mentioned.push({ at: np.nameStart, person: entry, paragraph: index, subject: startsClause(tokens, np.start) });
  }
  const closesAt = (pos: number): boolean => quotes.some((q) => q.close === pos);
  const cues = findCues(text, tokens, quoted, closesAt).map((c) => {
    const resolved = resolveSource(text, c.source, registry, sal, index);
    sal.spoken.push({ at: c.start, paragraph: index, resolved });
    if (resolved.person) sal.mentioned.push({ at: c.source.nameStart, person: resolved.person, paragraph: index, subject: true });
    return { ...c, resolved };
  });
  sal.mentioned.sort((a, b) => a.at - b.at);
  return { index, span, tokens, quotes, cues, lastSpeaker: null };
}

/** Whether a phrase opens its sentence or clause (a likely subject). */
function startsClause(tokens: Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start >= start);
  const prev = tokens[k - 1];
  return !prev || /^(?:[.!?;:”"]|''|and|but|while|as|because|when)$/.test(prev.text) || (prev.text === "," && k > 2);
}

function attributeParagraph(text: string, para: Para, prev: Para | null, registry: PersonRegistry, sal: Salience, pieces: Piece[]): Quote[] {
  const out: Quote[] = [];
  const transcript = findTranscriptLine(text, para.span, para.tokens, registry);
  if (transcript) {
    const resolved = resolveSource(text, transcript.source, registry, sal, para.index);
    sal.spoken.push({ at: transcript.source.start, paragraph: para.index, resolved });
    para.lastSpeaker = resolved;
    out.push(quote(text, transcript.content, "direct", resolved, undefined));
  }
  for (const q of para.quotes) {
    const kind = classifyQuote(text, para.tokens, q, para.span.start);
    if (!kind) continue;
    const cue = chooseCue(para.tokens, para.quotes, q, para.cues) as ResolvedCue | null;
    const resolved =
      cue?.resolved ??
      implicit(text, para, q, registry, sal) ??
      introduced(text, para, prev, q, registry, sal) ??
      sentenceSubject(text, para, q, registry, sal) ??
      fallback(text, para, prev, q);
    if (kind === "direct") para.lastSpeaker = resolved;
    const made = quote(text, q, kind, resolved, cue?.verb);
    pieces.push({ span: q, quote: made, attributed: cue !== null });
    out.push(made);
  }
  out.push(...findIndirectQuotes(text, para.tokens, para.cues, para.quotes).map((r) => quote(text, r.content, "indirect", r.cue.resolved, r.cue.verb)));
  return out;
}

function implicit(text: string, para: Para, q: QuotedSpan, registry: PersonRegistry, sal: Salience): Resolved | null {
  const src = implicitSource(text, para.tokens, q);
  if (!src) return null;
  const resolved = resolveSource(text, src, registry, sal, para.index);
  sal.spoken.push({ at: src.start, paragraph: para.index, resolved });
  return resolved;
}

/**
 * A quote opening its paragraph, introduced by the paragraph before: "… Nordhaus said:" or a
 * vox-pop heading such as "Maria Lopez, 34, a teacher in Phoenix".
 */
function introduced(text: string, para: Para, prev: Para | null, q: QuotedSpan, registry: PersonRegistry, sal: Salience): Resolved | null {
  if (!prev || text.slice(para.span.start, q.open).trim().length > 0) return null;
  const lastTok = prev.tokens.length - 1;
  let src = null;
  if (prev.tokens[lastTok]?.text === ":") {
    const cue = prev.cues.find((c) => c.index >= lastTok - 2);
    if (cue) return cue.resolved;
    src = implicitSource(text, prev.tokens, { open: prev.span.end + 1, close: prev.span.end + 1 } as QuotedSpan);
  } else if (prev.tokens.length <= 16 && prev.quotes.length === 0 && prev.cues.length === 0) {
    const np = readNounPhrase(text, prev.tokens, 0);
    if (np?.kind === "name") src = withApposition(text, prev.tokens, np);
  }
  if (!src) return null;
  const resolved = resolveSource(text, src, registry, sal, prev.index);
  sal.spoken.push({ at: src.start, paragraph: prev.index, resolved });
  return resolved;
}

/** "Mr. Obama decried the ''…''", "Hillary shot back, “…”": the subject of the quote's own sentence. */
function sentenceSubject(text: string, para: Para, q: QuotedSpan, registry: PersonRegistry, sal: Salience): Resolved | null {
  const at = para.tokens.findIndex((t) => t.start >= q.open);
  if (at <= 1) return null;
  const src = clauseSubject(text, para.tokens, at);
  if (!src || src.end > q.open || src.kind === "one" || (src.kind === "description" && !isRoleNoun(src.name.split(" ").pop() ?? ""))) return null;
  if (para.quotes.some((o) => o.open < src.start && src.start < o.close)) return null;
  return resolveSource(text, src, registry, sal, para.index);
}

/** No cue next to the quote: the paragraph's other cues, then the previous paragraph's speaker. */
function fallback(text: string, para: Para, prev: Para | null, q: QuotedSpan): Resolved {
  const own = para.cues.filter((c) => c.resolved.speaker.name !== null);
  const before = [...own].reverse().find((c) => c.start < q.open);
  if (before) return before.resolved;
  const after = own.find((c) => c.start > q.close);
  if (after) return after.resolved;
  if (prev?.lastSpeaker) return prev.lastSpeaker;
  const last = prev?.cues[prev.cues.length - 1];
  if (last && /[:,]\s*$/.test(text.slice(prev.span.start, prev.span.end))) return last.resolved;
  if (last) return last.resolved;
  return { speaker: { name: null, role: null, anonymous: false }, person: null, group: null };
}

function quote(text: string, span: Span, kind: Quote["kind"], resolved: Resolved, cue: string | undefined): Quote {
  return {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    kind,
    speaker: resolved.speaker,
    ...(cue ? { cue } : {}),
  };
}
