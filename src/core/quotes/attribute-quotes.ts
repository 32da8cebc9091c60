import type { ArticleDocument } from "../article/article-document.js";
import { BODY_NOUNS } from "../lexicon/body-nouns.js";
import { isFinderNoun } from "../lexicon/finder-nouns.js";
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
import { findAskedQuestions } from "./find-asked-questions.js";
import { findPassiveViews } from "./find-passive-views.js";
import { findIndirectQuotes } from "./find-indirect-quotes.js";
import { findReportedNouns } from "./find-reported-nouns.js";
import { resolvePlace } from "../places/find-places.js";
import { STANCE_ONLY_VERBS } from "./stance-cues.js";
import { resolveWithGroup } from "./plural-antecedent.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, ResolvedCue, Salience } from "./resolve-speaker.js";
import { findTranscriptLine } from "./transcript-line.js";
import { findHeadlineLabel } from "./headline-label.js";
import { heldByPronoun, withLineSpeaker } from "./pronoun-stance.js";
import { findSpeaker } from "./find-speaker.js";
import { learnGender } from "./learn-gender.js";
import type { Para } from "./paragraph.js";
import { tokenAt } from "../text/token-at.js";
import { carriedOn, carryBack } from "./quote-pieces.js";
import type { Piece } from "./quote-pieces.js";
import { isRoleNoun } from "../entities/name-words.js";
import type { SourceMention } from "../entities/source-mention.js";

// Credits are never sources: "Additional reporting by Guy Faulconbridge".
const CREDIT =
  /^\s*(?:(?:additional )?reporting by|editing by|writing by|compiled by|written by|by [A-Z])/i;

/** Finds every quote in an article (direct, partial, reported) and the person who said it. */
export function attributeQuotes(doc: ArticleDocument): { quotes: Quote[]; people: Person[] } {
  const text = doc.text;
  const registry = createPersonRegistry();
  const sal: Salience = { spoken: [], mentioned: [], questions: new Set() };
  const allQuoted = new Map<number, QuotedSpan[]>();
  for (const q of findQuotedSpans(text, doc.paragraphs)) {
    const list = allQuoted.get(q.paragraph) ?? [];
    list.push(q);
    allQuoted.set(q.paragraph, list);
  }
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

function readParagraph(
  text: string,
  span: Span,
  index: number,
  allQuoted: Map<number, QuotedSpan[]>,
  registry: PersonRegistry,
  sal: Salience,
): Para {
  const tokens = tokenize(text, span.start, span.end);
  const quotes = allQuoted.get(index) ?? [];
  if (quotes.length === 0 && isOneQuestion(tokens)) sal.questions?.add(index);
  const firstMention = sal.mentioned.length;
  const quoted = (pos: number): boolean => insideQuote(quotes, pos);
  for (const { np, entry } of findPeople(text, tokens, quoted, registry)) {
    sal.mentioned.push({
      at: np.nameStart,
      person: entry,
      paragraph: index,
      subject: startsClause(tokens, np.start),
    });
  }
  learnGender(tokens, sal.mentioned.slice(firstMention), span, quoted);
  const closes = new Set(quotes.map((q) => q.close));
  const closesAt = (pos: number): boolean => closes.has(pos);
  const found = findCues(text, tokens, quoted, closesAt);
  const cues = found.map((c) => {
    const resolved = resolveWithGroup(text, tokens, c.source, registry, sal, index);
    sal.spoken.push({ at: c.start, paragraph: index, resolved });
    if (resolved.person)
      sal.mentioned.push({
        at: c.source.nameStart,
        person: resolved.person,
        paragraph: index,
        subject: true,
      });
    return { ...c, resolved };
  });
  // Stance verbs ("denied", "hopes", "supports") report a position, not speech: their cues
  // feed reported speech only, never a quote's speaker or the salience of who spoke.
  const taken = new Set(found.map((c) => c.index));
  const stances = findCues(text, tokens, quoted, closesAt, STANCE_ONLY_VERBS)
    .filter((c) => !taken.has(c.index))
    .filter((c) => c.source.kind !== "one")
    .map((c) => ({
      ...c,
      resolved: resolveWithGroup(text, tokens, c.source, registry, sal, index),
    }))
    // A stance is held by someone: a person, an organisation that is no place, or a group
    // described ("U.S. intelligence officials believe", "a new poll shows").
    .filter(
      (c) =>
        c.resolved.person !== null ||
        c.source.kind === "org" ||
        heldBy(c.source) ||
        heldByPronoun(tokens, c),
    );
  // Only this paragraph's mentions can be out of order (names, then cue sources).
  const own = sal.mentioned.splice(firstMention).sort((a, b) => a.at - b.at);
  sal.mentioned.push(...own);
  return { index, span, tokens, quotes, cues, stances, lastSpeaker: null, lastSpeakerAt: -1 };
}

/** "Did that mean Garcia would vote for him?": a paragraph that is a single question. */
function isOneQuestion(tokens: Token[]): boolean {
  if (tokens[tokens.length - 1]?.text !== "?") return false;
  return !tokens.slice(0, -1).some((t) => /^[.!?]$/.test(t.text));
}

/** A description that can hold a stance: a group, a role, a quantity, a poll or a study. */
function heldBy(src: SourceMention): boolean {
  if (src.kind !== "description") return false;
  const words = src.name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  // "A Washington Post-ABC News poll last week", "a poll conducted by …": a finder named
  // anywhere in the phrase holds what it found.
  return src.plural || isRoleNoun(head) || BODY_NOUNS.has(head) || words.some(isFinderNoun);
}

/** Whether `pos` lies inside one of the paragraph's quotes (sorted, non-overlapping): a binary search. */
function insideQuote(quotes: QuotedSpan[], pos: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid] as QuotedSpan;
    if (pos < q.open) hi = mid - 1;
    else if (pos >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a phrase opens its sentence or clause (a likely subject). */
function startsClause(tokens: Token[], start: number): boolean {
  const k = tokenAt(tokens, start);
  const prev = tokens[k - 1];
  // "accused the minister and Mr Brown of …": "and" with no comma before it joins two objects.
  if (prev?.text === "and" && tokens[k - 2]?.text !== ",") return false;
  return (
    !prev ||
    /^(?:[.!?;:”"]|''|and|but|while|as|because|when)$/.test(prev.text) ||
    (prev.text === "," && k > 2)
  );
}

function attributeParagraph(
  text: string,
  para: Para,
  prev: Para | null,
  registry: PersonRegistry,
  sal: Salience,
  pieces: Piece[],
): Quote[] {
  const out: Quote[] = [];
  const transcript = findTranscriptLine(text, para.span, para.tokens, registry);
  let line: Resolved | null = null;
  if (transcript) {
    const resolved = resolveSource(text, transcript.source, registry, sal, para.index);
    sal.spoken.push({ at: transcript.source.start, paragraph: para.index, resolved });
    para.lastSpeaker = resolved;
    para.lastSpeakerAt = transcript.content.end;
    line = resolved;
    out.push(quote(text, transcript.content, "direct", resolved, undefined));
  } else {
    const headline = findHeadlineLabel(text, para.span, para.index);
    if (headline) {
      const resolved = resolveSource(text, headline.source, registry, sal, para.index);
      if (resolved.speaker.name !== null)
        out.push(quote(text, headline.content, "indirect", resolved, undefined));
    }
  }
  for (const q of para.quotes) {
    const kind = classifyQuote(text, para.tokens, q, para.span.start);
    if (!kind) continue;
    const chosen = chooseCue(para.tokens, para.quotes, q, para.cues) as ResolvedCue | null;
    // A cue whose subject was misread as a place or an award ("At a rally in Ames, Iowa, …,
    // saying") attributes nothing: the quote's speaker is found as if it had no cue.
    const cue = chosen?.resolved.rejected ? null : chosen;
    let resolved =
      cue?.resolved ??
      carriedOn(pieces, q, registry) ??
      findSpeaker({ text, registry, sal }, para, prev, q);
    // "Obama, dedicating the museum, said it would tell a story of ''…''": a cue whose subject
    // is "it" naming nobody says nothing of who spoke; the quote's sentence may still tell.
    if (cue && resolved.speaker.name === null && /^it$/i.test(cue.source.name))
      resolved = findSpeaker({ text, registry, sal }, para, prev, q);
    if (kind === "direct") {
      para.lastSpeaker = resolved;
      para.lastSpeakerAt = q.close;
    }
    const made = quote(text, q, kind, resolved, cue?.verb);
    pieces.push({ span: q, quote: made, attributed: cue !== null });
    out.push(made);
  }
  out.push(
    ...findIndirectQuotes(
      text,
      para.tokens,
      withLineSpeaker([...para.cues, ...para.stances], line),
      para.quotes,
    ).map(
      // A clause that keeps its verb ("denied …") needs no cue beside it.
      (r) =>
        quote(text, r.content, "indirect", r.cue.resolved, r.withVerb ? undefined : r.cue.verb),
    ),
  );
  const quoted = (pos: number): boolean => insideQuote(para.quotes, pos);
  out.push(...reportedNouns(text, para, registry, sal, quoted, out));
  for (const asked of findAskedQuestions(text, para.tokens, quoted)) {
    const { start, end } = asked.content;
    if (out.some((q) => q.kind === "indirect" && q.start < end && q.end > start)) continue;
    const resolved = asked.asker
      ? resolveSource(text, asked.asker, registry, sal, para.index)
      : NO_ASKER;
    out.push(quote(text, asked.content, "indirect", resolved, "asked"));
  }
  for (const view of findPassiveViews(para.tokens, quoted)) {
    const { start, end } = view.content;
    if (!out.some((q) => q.kind === "indirect" && q.start < end && q.end > start))
      out.push(quote(text, view.content, "indirect", NO_ASKER, view.cue));
  }
  return out;
}

/**
 * "Trump's plan to deport …", "her refusal to testify": positions carried by a noun, held by a
 * possessor who resolves to someone (not a place: "California's plan to raise …"), and not
 * already found as reported speech.
 */
function reportedNouns(
  text: string,
  para: Para,
  registry: PersonRegistry,
  sal: Salience,
  quoted: (pos: number) => boolean,
  found: Quote[],
): Quote[] {
  const out: Quote[] = [];
  for (const r of findReportedNouns(text, para.tokens, quoted)) {
    const { start, end } = r.content;
    if (found.some((q) => q.start < end && q.end > start)) continue;
    if (resolvePlace(r.source.name) !== undefined) continue;
    const resolved = resolveWithGroup(text, para.tokens, r.source, registry, sal, para.index);
    if (resolved.rejected || resolved.speaker.name === null) continue;
    out.push(quote(text, r.content, "indirect", resolved, r.noun));
  }
  return out;
}

// "Asked whether …, Reid said": the one who asked is not named.
const NO_ASKER: Resolved = {
  speaker: { name: null, role: null, anonymous: false },
  person: null,
  group: null,
};

function quote(
  text: string,
  span: Span,
  kind: Quote["kind"],
  resolved: Resolved,
  cue: string | undefined,
): Quote {
  return {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    kind,
    speaker: resolved.speaker,
    ...(cue ? { cue } : {}),
  };
}
