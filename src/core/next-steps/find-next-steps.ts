import type { ArticleDocument } from "../article/article-document.js";
import type { NextStep, Person, Quote, Span } from "../card/card-schema.js";
import { createActorNamer, type ActorNamer } from "./name-actor.js";
import { findFutureMarkers, type FutureMarker } from "./find-future-markers.js";
import { findStepTime } from "./find-step-time.js";
import { splitRecordDate } from "./split-record-date.js";
import { SCRAPPED_WORDS } from "../lexicon/scheduled-nouns.js";
import { FUTURE_REPORTING_VERBS } from "../lexicon/reporting-verbs.js";

const reporting = `(?:${FUTURE_REPORTING_VERBS.join("|")})`;
// "unclear whether … will" is as uncertain as "if".
const conditionWord = /\b(?:if|unless|provided that|as long as|depending on|whether)\b/i;
// "said on Monday that …": the day of the saying is not the step's, so it stays outside the step.
const sayingDay =
  "(?:(?:on|early|late)\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|last\\s+(?:week|month|night))\\s+";
const reportingClause = new RegExp(`\\b${reporting}\\s+(?:${sayingDay})?(?:that\\s+)?`, "g");
const pronounSubject = /^\s*(?:he|she|they|we|it|i)\b/i;

/**
 * Finds what happens next: future or planned actions, with who acts (a person of the article,
 * else the countries named), when (resolved against the article date) and whether it depends on
 * a condition. Every step's text is a slice of the article.
 */
export function findNextSteps(
  doc: ArticleDocument,
  quotes: readonly Quote[],
  people: readonly Person[],
): NextStep[] {
  const nameActor = createActorNamer(people);
  const steps: NextStep[] = [];
  for (const sentence of doc.sentences) {
    const step = stepIn(doc, sentence, quotes, nameActor);
    // A quotation running over several sentences is one step, however many promises it makes.
    if (!step) continue;
    for (const part of splitRecordDate(doc.text, step, doc.date))
      if (!steps.some((s) => s.start === part.start && s.end === part.end)) steps.push(part);
  }
  return steps;
}

function stepIn(
  doc: ArticleDocument,
  sentence: Span,
  quotes: readonly Quote[],
  nameActor: ActorNamer,
): NextStep | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const marker of findFutureMarkers(text)) {
    const at = sentence.start + marker.index;
    const quote =
      quotes.find((q) => q.kind !== "indirect" && q.start <= at && at < q.end) ??
      quotedRange(doc, sentence, at);
    // Inside someone's own words "would" is hypothetical ("I would like …"), not a plan.
    if (quote && (marker.kind === "would" || marker.kind === "projected")) continue;
    const step = makeStep(doc, sentence, marker, at, quote, nameActor);
    if (step) return step;
  }
  return null;
}

// A present tense or a "could" is a next step only with a time to come right after it.
const needsTime = new Set<FutureMarker["kind"]>([
  "scheduled",
  "possible",
  "progressive",
  "forecast",
  "dated",
  "deadline",
  "noted",
  "projected",
]);
// These need a time that names a date to come, in their own clause.
const needsDefiniteTime = new Set<FutureMarker["kind"]>([
  "progressive",
  "forecast",
  "dated",
  "deadline",
  "noted",
  "projected",
]);
// Markers without a future verb: a date just gone is theirs as much as one to come.
const presentTense = new Set<FutureMarker["kind"]>(["scheduled", "progressive", "noted"]);
// How far after its marker a step's time may start: "wants to boost non-GM revenue to at least
// 50% of its total business by the end of 1990" still dates the wish.
const timeReach = 80;
// A word every time expression holds (a cheap test before the full search).
const timeWord =
  /\d|\b(?:next|this|coming|later|tomorrow|today|tonight|soon|shortly|future|course|week|weekend|fortnight|month|year|season|spring|summer|autumn|fall|winter|day|days|decade|hour|minute|now|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i;

function makeStep(
  doc: ArticleDocument,
  sentence: Span,
  marker: FutureMarker,
  at: number,
  quote: Quote | Span | null,
  nameActor: ActorNamer,
): NextStep | null {
  // A marker that needs a time to come has none when no time word follows it: skip the search.
  if (needsTime.has(marker.kind) && !timeWord.test(doc.text.slice(at, at + timeReach + 40)))
    return null;
  const span = quote
    ? { start: quote.start, end: quote.end }
    : reportedContent(doc.text, sentence, at);
  const time = findStepTime(doc.text, span, at, doc.date);
  // "The plan failed in 2003": a time before the article makes it a past event.
  if (time.past) return null;
  // "holds 500 shares bought from Sept. 14" in an article of 30 October: a present tense or a
  // noun with a yearless date just gone speaks of that date, not of next year's.
  if (presentTense.has(marker.kind) && time.justBefore) return null;
  // "before the panel that issued Thursday's ruling": that day is the ruling's, not the step's.
  if (needsTime.has(marker.kind) && time.otherEvent) return null;
  const reach = marker.reach ?? timeReach;
  if (
    needsTime.has(marker.kind) &&
    (time.at === null || (time.at < at && !time.subject) || time.at > at + reach)
  )
    return null;
  // "is playing well this season": a progressive needs a time that names a date to come.
  // Its time must be in its own clause: not "is enjoying a second wind, with growth forecast for 2005".
  if (
    needsDefiniteTime.has(marker.kind) &&
    (time.vague || (time.at !== null && breaksClause(doc.text.slice(at, time.at))))
  )
    return null;
  // A plan told in the past is dated by a calendar date, not a bare weekday ("The team planned
  // to leave on Thursday" may be Thursday gone by); a deadline is the date after "by".
  if (
    (marker.kind === "dated" || marker.kind === "deadline" || marker.kind === "noted") &&
    time.weekday
  )
    return null;
  // "His promise to halve taxes by 2008 has now been abandoned": a plan given up is no step.
  if (scrapped(doc.text, sentence, at)) return null;
  // "planned to launch it in March, but delays …": a plan told with "but" has changed.
  if (marker.kind === "dated" && /\bbut\b/i.test(doc.text.slice(at, sentence.end))) return null;
  if (
    marker.kind === "deadline" &&
    (time.at === null ||
      !/\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?$/i.test(
        doc.text.slice(Math.max(0, time.at - 20), time.at),
      ))
  )
    return null;
  // "on a Saturday morning", "every week": a habit, not a date to come ("a Jan. 14 deadline" is
  // one date). "is held in May every year" too.
  const habit =
    time.at !== null &&
    (/\b(?:every|each)\s+$/i.test(doc.text.slice(time.at - 8, time.at)) ||
      (/\ba\s+$/i.test(doc.text.slice(time.at - 8, time.at)) && !/\d/.test(time.whenText ?? "")) ||
      /^[\w.]*(?:\s+[\w.]+)?\s+(?:every|each)\s+(?:year|month|week|day|season)\b|^[\w.]*(?:\s+[\w.]+)?,?\s+annually\b/i.test(
        doc.text.slice(time.at, time.at + 40),
      ));
  if (
    needsTime.has(marker.kind) &&
    (habit || /^(?:on\s+)?(?:a|every|each)\s/i.test(time.whenText ?? ""))
  )
    return null;
  // With no time to come, a description of how things work is no step: "a signal that will
  // bounce back", "these trackers will be held by everyone", "each file will be split".
  if (time.whenText === null && !quote && describesWorkings(doc.text, sentence, at)) return null;
  const stepText = doc.text.slice(span.start, span.end);
  return {
    text: stepText,
    start: span.start,
    end: span.end,
    actor: quote ? quoteSpeaker(quote) : actorOf(doc.text, sentence, span, at, nameActor),
    when: time.when,
    whenText: time.whenText,
    conditional:
      marker.kind === "hedged" || marker.kind === "possible" || conditionWord.test(stepText),
  };
}

// A comma ends the clause, unless it only lists names: "to admit Poland, Hungary and the Czech
// Republic in early March" is one clause; so is a number's comma ("40,000 troops").
const listComma = /,\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*(?=,|\s+(?:and|or)\s)/g;
// "the Peoria, Ill., bank": a town's state abbreviation between commas is part of the name.
const stateComma = /,\s+[A-Z][a-z]{0,4}\.,/g;
function breaksClause(between: string): boolean {
  return /[,;:]/.test(
    between
      .replace(stateComma, "")
      .replace(listComma, "")
      .replace(/(?<=\d),(?=\d)/g, ""),
  );
}

const scrappedWord = `(?:${SCRAPPED_WORDS.join("|")}|called\\s+off)`;
const scrappedAfter = new RegExp(
  `\\b(?:has|have|had|was|were|is|are)\\s+(?:now\\s+|since\\s+|already\\s+|effectively\\s+)?(?:been\\s+)?${scrappedWord}\\b`,
  "i",
);
const scrappedBefore = new RegExp(`\\b${scrappedWord}\\s+(?:[\\w-]+\\s+)?$`, "i");
function scrapped(text: string, sentence: Span, at: number): boolean {
  return (
    scrappedAfter.test(text.slice(at, sentence.end)) ||
    scrappedBefore.test(text.slice(Math.max(sentence.start, at - 30), at))
  );
}

function describesWorkings(text: string, sentence: Span, at: number): boolean {
  const before = text.slice(Math.max(sentence.start, at - 40), at);
  const after = text.slice(at, Math.min(sentence.end, at + 60));
  // "a signal that will bounce back" (a relative clause), not "he said that would permit …".
  if (
    /\b[a-z]+\s+(?:that|which)\s+(?:\w+ly\s+)?$/.test(before) &&
    !/\b(?:said|says|say|told|think|thinks|believe|believes|hope|hopes|expect|expects|know|knows|and|but|so|because|if|when|as)\s+(?:that|which)\s+(?:\w+ly\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\b(?:everyone|anyone|each\s+\w+|every\s+\w+|users|consumers|customers)\s+$/i.test(before))
    return true;
  if (/^\w+\s+(?:\w+\s+){0,3}by\s+(?:everyone|anyone|users|whoever)\b/i.test(after)) return true;
  return /^\s*Like\s/.test(text.slice(sentence.start, sentence.start + 6));
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
  return trimSpan(
    doc.text,
    Math.max(open + 1, sentence.start),
    close < 0 ? sentence.end : at + close,
  );
}

// After the last reporting verb before the marker ("Rice said talks … would continue"), else the sentence.
function reportedContent(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  reportingClause.lastIndex = 0;
  const head = text.slice(sentence.start, at);
  for (let m = reportingClause.exec(head); m; m = reportingClause.exec(head))
    start = sentence.start + m.index + m[0].length;
  return trimSpan(text, start, sentence.end);
}

function trimSpan(text: string, start: number, end: number): Span {
  let b = end;
  while (b > start && /[\s.,;:\u201d"]/.test(text[b - 1] ?? "")) b--;
  return { start, end: b };
}

// A quoted promise is its speaker's; without attribution the actor stays unknown.
function quoteSpeaker(quote: Quote | Span): string | null {
  const name = "speaker" in quote ? quote.speaker.name : null;
  // A bare lower-case word ("the") is no speaker; descriptions ("a spokesman") are.
  return name && !/^[a-z]+$/.test(name) ? name : null;
}

// Who acts: the subject of the step; a pronoun subject points back to whoever said it.
function actorOf(
  text: string,
  sentence: Span,
  span: Span,
  at: number,
  nameActor: ActorNamer,
): string | null {
  const subject = text.slice(span.start, at);
  // Only the head of the subject acts: in "talks with Poland … would continue" Poland does not.
  const head = subject.search(
    /,|\s(?:with|on|of|for|to|in|at|by|from|about|over|between|against)\s/,
  );
  const own = pronounSubject.test(subject)
    ? null
    : nameActor(text, span.start, head < 0 ? at : span.start + head);
  if (own) return own;
  return span.start > sentence.start ? nameActor(text, sentence.start, span.start) : null;
}
