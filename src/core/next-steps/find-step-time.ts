import type { Span } from "../card/card-schema.js";
import { findTimeExpressions, type TimeExpression } from "./find-time-expressions.js";
import { justBefore, resolveWhen } from "./resolve-when.js";

/** When a next step happens: the time words as written, their date, and whether they are past. */
export interface StepTime {
  /** The time words as in the text ("next week", "by the end of March"), or null. */
  whenText: string | null;
  when: string | null;
  /** The step's own time lies before the article: it is a past event, not a next step. */
  past: boolean;
  /** Where the time words start in the article, or null. */
  at: number | null;
  /** The time words name no interval ("soon", "this season"). */
  vague: boolean;
  /** The time words are a weekday alone ("on Thursday"), with no calendar date. */
  weekday: boolean;
  /** A day or month without a year that fell in the three months before the article. */
  justBefore: boolean;
  /** The time words stand in the step's subject, before its verb ("Sales in 2006 will …"). */
  subject: boolean;
  /** A weekday in the possessive ("Thursday's ruling"): another event named by its day. */
  otherEvent: boolean;
}

// "which was abandoned on Sunday": a time in a past clause inside the step is another event's;
// not after a word that looks ahead ("analysts were predicting 1990 earnings").
// A participle after "be" ("will be closed over the next year") is the step's own passive.
const pastBefore =
  /(?<!\b(?:be|been|being)\s)\b(?:was|were|had|did|ago|since|earlier|began|started|ended|finished|came|went|took|opened|closed|said|says|told|tells|added|wrote|announced|reported)\b(?:(?!\b(?:will|would|shall|is|are|to|predict\w*|forecasting|projecting|expects?|expected|expecting)\b)[^,;:])*$/i;
const preposition = /\b(?:on|in|by|until|till|before|from|at|after|within|over|during|for)\s+$/i;

/**
 * The time of a step whose future word stands at `at`: the first time expression after it (the
 * verb's own), else one before it in the step ("Next week the board will vote"). A past time
 * after the verb makes the step past; durations ("after five hours") are never its time.
 */
export function findStepTime(
  text: string,
  span: Span,
  at: number,
  articleDate: string | undefined,
): StepTime {
  const expressions = timeExpressions(text, span).filter(
    (e) =>
      e.meaning.kind !== "duration" &&
      !inPastClause(text, span, e) &&
      !(e.start < at && inPastRelative(text, span, e)),
  );
  const after = expressions.filter((e) => e.start >= at);
  // Before the verb only a leading adverbial is the step's time ("Next week, the board will vote");
  // elsewhere it belongs to another clause ("What I have lived today I will not live again").
  // A time in a clause of its own ("The rate stayed at 5.4% in December, and jobs will …") is
  // that clause's.
  const before = expressions
    .filter(
      (e) =>
        e.start < at &&
        leads(text, span, e) &&
        !/(?:,\s*(?:and|but|while|although)|;)\s/i.test(text.slice(e.end, at)),
    )
    .reverse();
  // "Capital expenditure in 1990 will rise slightly, he said, from … this year", "The March
  // accession will enable …": a time inside a short subject dates the step, before any time
  // after the verb that stands beyond a comma (another clause's).
  // A weekday there is the day of the saying ("President Smith Saturday vowed to …").
  const subject = expressions.filter(
    (e) => e.start < at && calendarKinds.has(e.meaning.kind) && inSubject(text, span, e, at),
  );
  const sameClause = after.filter(
    (e) => !/[,;:]/.test(text.slice(at, e.start).replace(/(?<=\d),(?=\d)/g, "")),
  );
  const otherClause = after.filter((e) => !sameClause.includes(e));
  // "to get around Wednesday's ruling … by Jan. 14": a weekday in the possessive names another
  // event by its day; the step's own time, when it has one, is any other.
  const candidates = [
    ...sameClause,
    ...subject,
    ...otherClause,
    ...before.filter((e) => !subject.includes(e)),
  ];
  const ordered = [
    ...candidates.filter((e) => !possessiveWeekday(text, e)),
    ...candidates.filter((e) => possessiveWeekday(text, e)),
  ];
  for (const expression of ordered) {
    const resolved = resolveWhen(expression.meaning, articleDate);
    if (resolved.past && (expression.start < at || inSideClause(text, at, expression))) continue;
    return {
      whenText: withPreposition(text, expression),
      ...resolved,
      at: expression.start,
      vague: expression.meaning.kind === "vague",
      weekday: expression.meaning.kind === "weekday",
      justBefore: justBefore(expression.meaning, articleDate),
      otherEvent: possessiveWeekday(text, expression),
      subject: subject.includes(expression),
    };
  }
  return {
    whenText: null,
    when: null,
    past: false,
    at: null,
    vague: false,
    weekday: false,
    justBefore: false,
    otherEvent: false,
    subject: false,
  };
}

const calendarKinds = new Set<TimeExpression["meaning"]["kind"]>([
  "year",
  "month",
  "months",
  "day",
]);

// The subject: a few words with no comma from the step's start to the time, and at most three
// words from the time to the verb ("Capital expenditure in 1990 will", "The March accession will").
function inSubject(text: string, span: Span, e: TimeExpression, at: number): boolean {
  const lead = text.slice(span.start, e.start);
  const rest = text.slice(e.end, at);
  return (
    /^\s*(?:[\w.'’-]+\s+){1,5}$/.test(lead) &&
    /^\s*(?:[\w.'’-]+\s+){0,3}$/.test(rest) &&
    !/^\s*(?:on|in|by|from|until|early|late|later)\s+$/i.test(lead) &&
    !/\b(?:is|are|was|were|has|have|had)\s/i.test(lead)
  );
}

function possessiveWeekday(text: string, e: TimeExpression): boolean {
  return e.meaning.kind === "weekday" && /['’]s$/.test(text.slice(e.start, e.end));
}

// Several markers of one sentence share its span: its time expressions are found once.
let last: { text: string; start: number; end: number; found: TimeExpression[] } | null = null;
function timeExpressions(text: string, span: Span): TimeExpression[] {
  if (last && last.text === text && last.start === span.start && last.end === span.end)
    return last.found;
  const found = findTimeExpressions(text, span.start, span.end);
  last = { text, start: span.start, end: span.end, found };
  return found;
}

function leads(text: string, span: Span, expression: TimeExpression): boolean {
  const lead = text.slice(span.start, expression.start);
  return (
    /^\W*(?:(?:on|in|by|from|until|early|late|later)\s+)?$/i.test(lead) ||
    /^\s*,/.test(text.slice(expression.end))
  );
}

// "the plan, which the council approved on Monday, will …": a relative clause told in the past
// before the verb owns its time ("which is expected in May" is no past). After the verb its
// past time still makes the step past ("will sign the striker, who left Rome last month").
const pastRelative =
  /\b(?:which|who|whom)\s+(?:(?!(?:is|are|will|would|shall|be|been|being|has|have)\b)[\w'’-]+\s+){0,4}?(?:[a-z]+ed|came|went|took|made|gave|held|met|won|sold|bought|began|set|told|wrote|ran|left|found|brought|sent|spent|paid|built|lost|saw|chose|fell|rose|grew|struck|won|beat)\b(?:(?!\b(?:will|would|shall|is|are|to)\b)[^,;:])*$/i;
function inPastClause(text: string, span: Span, expression: TimeExpression): boolean {
  const head = text.slice(Math.max(span.start, expression.start - 40), expression.start);
  return pastBefore.test(head);
}

function inPastRelative(text: string, span: Span, expression: TimeExpression): boolean {
  const head = text.slice(Math.max(span.start, expression.start - 40), expression.start);
  return pastRelative.test(head);
}

// "would extend its bid, due to expire last Thursday, to Nov. 6", "an advertisement _ made last
// week, before …": a past time closing a clause set off by commas or dashes is that clause's.
function inSideClause(text: string, at: number, expression: TimeExpression): boolean {
  return (
    /[,_\u2014\u2013(]\s[^,_\u2014\u2013()]*$/.test(text.slice(at, expression.start)) &&
    /^\s*[,_\u2014\u2013)]/.test(text.slice(expression.end, expression.end + 3))
  );
}

function withPreposition(text: string, expression: TimeExpression): string {
  const head = text.slice(Math.max(0, expression.start - 8), expression.start);
  const m = preposition.exec(head);
  return m &&
    !/^(?:in|by|on|until|till|before|from|since|during|through|after|this|next)\s/i.test(
      expression.text,
    )
    ? `${m[0].trimStart()}${expression.text}`.replace(/\s+/g, " ")
    : expression.text;
}
