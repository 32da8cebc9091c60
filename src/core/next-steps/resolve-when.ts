import * as chrono from "chrono-node/en";

const number =
  "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\\d+)";
const month =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// chrono is the slow part of next steps: only text with one of these expressions reaches it.
const timeExpression = new RegExp(
  [
    `\\b(?:next|this|coming|later this|following)\\s+(?:week|weekend|month|year|spring|summer|autumn|winter|${weekday})\\b`,
    `\\b(?:in|within)\\s+${number}\\s+(?:days?|weeks?|months?|years?)\\b`,
    `\\btomorrow\\b`,
    `\\b${weekday}\\b`,
    `\\b${month}\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\b`,
    `\\b(?:in|by|until|from|before|early|late|mid-?)\\s*${month}\\b`,
    `\\b(?:in|by|until|before)\\s+(?:19|20)\\d\\d\\b`,
    `\\bend of (?:the |this |next )?(?:year|month|week)\\b`,
  ].join("|"),
  "i",
);
// chrono reads lengths of time ("after five hours") and "now" as dates: neither says when.
const durationPattern =
  /^(?:now|after|for|over|during|lasting|about|some)\b|\b(?:hours?|minutes?|seconds?|mins?)$/i;

const pastBefore = /\b(?:was|were|had|did|ago|last|since|earlier)\b[^,;]*$/i;

/**
 * The date a next step's text names, resolved against the article date: YYYY-MM-DD when the day
 * is known, YYYY-MM for a month ("in six months"), YYYY for a year; null when none is given.
 */
export function resolveWhen(text: string, articleDate: string | undefined): string | null {
  if (!timeExpression.test(text)) return null;
  const reference = articleDate
    ? new Date(`${articleDate}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(text, { instant: reference, timezone: 0 }, { forwardDate: true });
  for (const result of results) {
    if (durationPattern.test(result.text.trim())) continue;
    // "which was abandoned on Sunday": a past time inside the step says nothing of when it happens.
    if (pastBefore.test(text.slice(Math.max(0, result.index - 30), result.index))) continue;
    const { start } = result;
    // Without an article date, only a date with its year written out means anything.
    if (!articleDate && !/\b\d{4}\b/.test(result.text)) continue;
    const iso = start.date().toISOString();
    if (start.isCertain("day") || start.isCertain("weekday")) return iso.slice(0, 10);
    if (start.isCertain("month")) return iso.slice(0, 7);
    return iso.slice(0, 4);
  }
  return null;
}
