import type { NextStep } from "../card/card-schema.js";
import { findTimeExpressions } from "./find-time-expressions.js";
import { justBefore, resolveWhen } from "./resolve-when.js";

// "payable Dec. 1 to holders of record Nov. 15": the record date is an event of its own.
const recordClause =
  /,?\s+to\s+((?:stock|holders|shareholders|stockholders|owners)\s+of\s+record\s+(?:as\s+of\s+|on\s+)?)/gi;

/**
 * A payment made on one date to the holders on record at another is two dated events: the
 * payment, and the record date that says who is paid. The step keeps the payment; the record
 * date ("holders of record Nov. 15", words of the article) becomes a step of its own, dated by
 * its own day. A record date already gone, or one the step is dated by, stays inside the step.
 */
export function splitRecordDate(
  text: string,
  step: NextStep,
  articleDate: string | undefined,
): NextStep[] {
  const own = text.slice(step.start, step.end);
  for (const m of own.matchAll(recordClause)) {
    const clauseStart = step.start + m.index;
    const holdersStart = clauseStart + m[0].length - (m[1] ?? "").length;
    const [date] = findTimeExpressions(text, step.start + m.index + m[0].length, step.end);
    if (!date || date.start !== step.start + m.index + m[0].length) continue;
    const resolved = resolveWhen(date.meaning, articleDate);
    if (resolved.past || !resolved.when || justBefore(date.meaning, articleDate)) continue;
    // The step must be dated by something before the record clause, or it would lose its date.
    const stepDate = step.whenText ? own.indexOf(step.whenText) : -1;
    if (stepDate < 0 || step.start + stepDate >= clauseStart) continue;
    const payment: NextStep = {
      ...step,
      end: clauseStart,
      text: text.slice(step.start, clauseStart),
    };
    const record: NextStep = {
      text: text.slice(holdersStart, date.end),
      start: holdersStart,
      end: date.end,
      actor: null,
      when: resolved.when,
      whenText: date.text,
      conditional: step.conditional,
    };
    return [payment, record];
  }
  return [step];
}
