import type { ArticleDocument } from "../article/article-document.js";
import type { NextStep, Person, Quote, Span } from "../card/card-schema.js";
import { createActorNamer, type ActorNamer } from "./name-actor.js";
import { resolveWhen } from "./resolve-when.js";

const reporting = "(?:said|says|say|told|tells|announced|added|promised|pledged|agreed|vowed|insisted|warned|confirmed|decided|stated)";
// Future or planned action. "would" counts only inside reported speech ("said … would continue"):
// on its own it is usually hypothetical ("pulling out would restore …").
const futurePatterns: readonly RegExp[] = [
  /(?<!\b(?:the|a|his|her|their|its|our|free|political|good|own|ill|goodwill)\s)\b(?:will|shall)\s+(?!of\b|and\b)[a-z]/i,
  new RegExp(`\\b${reporting}\\b[^.;]*?\\b(?<at>would|will)\\s+[a-z]`, "d"),
  /\bwould\s+(?:continue|resume|meet|travel|visit|hold|return)\b/,
  /(?<!\b(?:the|its|their|his|her|our|new|any|no|these|those|[A-Z]\.|[A-Z][a-z]+an|had|have|has)\s)\b(?:plans?|planning|intends?|intending|aims?|aiming|expects?|(?:is|are)\s+expected|hopes?|(?:is|are)\s+due|(?:is|are)\s+set|(?:is|are)\s+scheduled|(?:is|are)\s+going|prepares?|agreed|promised|pledged|vowed|decided)\s+to\s+[a-z]/,
  /\b(?:next|coming)\s+(?:week|month|year)\b(?=[^.]*\b(?:will|to)\b)/,
];
// A possibility hedged by a condition ("might pull out … unless …") is a conditional next step.
const conditionalFuture = /\b(?:might|may|could)\s+[a-z][^.;]*\b(?:unless|if)\b/;
const conditionWord = /\b(?:if|unless|provided that|as long as|depending on)\b/i;
const reportingClause = new RegExp(`\\b${reporting}\\s+(?:that\\s+)?`, "g");
const negated = /\b(?:not|n't|never)\s+$/;
const pronounSubject = /^\s*(?:he|she|they|we|it|i)\b/i;

/**
 * Finds what happens next: future or planned actions, with who acts (a person of the article,
 * else the countries named), when (resolved against the article date) and whether it depends on
 * a condition. Every step's text is a slice of the article.
 */
export function findNextSteps(doc: ArticleDocument, quotes: readonly Quote[], people: readonly Person[]): NextStep[] {
  const nameActor = createActorNamer(people);
  const steps: NextStep[] = [];
  for (const sentence of doc.sentences) {
    const step = stepIn(doc, sentence, quotes, nameActor);
    if (step) steps.push(step);
  }
  return steps;
}

function stepIn(doc: ArticleDocument, sentence: Span, quotes: readonly Quote[], nameActor: ActorNamer): NextStep | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const marker = findMarker(text);
  if (!marker) return null;
  const at = sentence.start + marker.index;
  const quote = quotes.find((q) => q.kind !== "indirect" && q.start <= at && at < q.end) ?? quotedRange(doc, sentence, at);
  const span = quote ? { start: quote.start, end: quote.end } : reportedContent(doc.text, sentence, at);
  const stepText = doc.text.slice(span.start, span.end);
  return {
    text: stepText,
    start: span.start,
    end: span.end,
    actor: quote ? quoteSpeaker(quote) : actorOf(doc.text, sentence, span, at, nameActor),
    when: resolveWhen(stepText, doc.date),
    conditional: marker.conditional || conditionWord.test(stepText),
  };
}

function findMarker(text: string): { index: number; conditional: boolean } | null {
  let best: number | null = null;
  for (const pattern of futurePatterns) {
    const m = pattern.exec(text);
    const index = m ? (m.indices?.groups?.["at"]?.[0] ?? m.index) : -1;
    if (index < 0 || negated.test(text.slice(Math.max(0, index - 8), index))) continue;
    if (best === null || index < best) best = index;
  }
  if (best !== null) return { index: best, conditional: false };
  const hedged = conditionalFuture.exec(text);
  return hedged ? { index: hedged.index, conditional: true } : null;
}

// The quoted words around `at` within its sentence, when the step is someone's quoted promise.
// Quote marks are counted from the paragraph start, since a quotation may span sentences.
function quotedRange(doc: ArticleDocument, sentence: Span, at: number): Span | null {
  const paragraph = doc.paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end);
  let open = -1;
  for (let i = paragraph?.start ?? sentence.start; i < at; i++) {
    const c = doc.text[i];
    if (c === "\u201c" || (c === '"' && open < 0)) open = i;
    else if (c === "\u201d" || c === '"') open = -1;
  }
  if (open < 0) return null;
  const close = doc.text.slice(at, sentence.end).search(/[\u201d"]/);
  return trimSpan(doc.text, Math.max(open + 1, sentence.start), close < 0 ? sentence.end : at + close);
}

// After the last reporting verb before the marker ("Rice said talks … would continue"), else the sentence.
function reportedContent(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  reportingClause.lastIndex = 0;
  const head = text.slice(sentence.start, at);
  for (let m = reportingClause.exec(head); m; m = reportingClause.exec(head)) start = sentence.start + m.index + m[0].length;
  return trimSpan(text, start, sentence.end);
}

function trimSpan(text: string, start: number, end: number): Span {
  let b = end;
  while (b > start && /[\s.,;:\u201d"]/.test(text[b - 1] ?? "")) b--;
  return { start, end: b };
}

// A quoted promise is its speaker's; without attribution the actor stays unknown.
function quoteSpeaker(quote: Quote | Span): string | null {
  return "speaker" in quote ? quote.speaker.name : null;
}

// Who acts: the subject of the step; a pronoun subject points back to whoever said it.
function actorOf(text: string, sentence: Span, span: Span, at: number, nameActor: ActorNamer): string | null {
  const subject = text.slice(span.start, at);
  // Only the head of the subject acts: in "talks with Poland … would continue" Poland does not.
  const head = subject.search(/,|\s(?:with|on|of|for|to|in|at|by|from|about|over|between|against)\s/);
  const own = pronounSubject.test(subject) ? null : nameActor(text, span.start, head < 0 ? at : span.start + head);
  if (own) return own;
  return span.start > sentence.start ? nameActor(text, sentence.start, span.start) : null;
}
