import type { TimeMeaning } from "./find-time-expressions.js";

/** A time read against the article date: what a card prints, and whether it lies before the article. */
export interface ResolvedTime {
  /** YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year; null when no date can be given. */
  when: string | null;
  /** True when the whole time lies before the article's date (a past event, not a next step). */
  past: boolean;
}

const none: ResolvedTime = { when: null, past: false };
const day = 24 * 60 * 60 * 1000;

/**
 * Resolves a time expression against the article's date (YYYY-MM-DD). Times the text leaves
 * relative ("next week", "on Tuesday", "in March") need that date; without it only a written-out
 * year gives a date. A month or day without a year is the next one on or after the article date:
 * "late January" in an article of 10 January is this January, "in March" in December the next.
 */
export function resolveWhen(meaning: TimeMeaning, articleDate: string | undefined): ResolvedTime {
  if (meaning.kind === "past") return { when: null, past: true };
  if (meaning.kind === "vague" || meaning.kind === "duration") return none;
  const today = articleDate ? Date.parse(`${articleDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(today)) return absolute(meaning);
  const now = new Date(today);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  switch (meaning.kind) {
    case "year":
      return { when: String(meaning.year), past: meaning.year < y };
    case "month": {
      const year = meaning.year ?? (meaning.month < m ? y + 1 : y);
      const past = year < y || (year === y && meaning.month < m);
      return { when: monthText(year, meaning.month), past };
    }
    case "day": {
      let date = Date.UTC(meaning.year ?? y, meaning.month - 1, meaning.day);
      if (meaning.year === undefined && date < today)
        date = Date.UTC(y + 1, meaning.month - 1, meaning.day);
      return { when: dayText(date), past: date < today };
    }
    case "weekday":
      return { when: dayText(weekdayAfter(now, meaning.weekday, meaning.which)), past: false };
    case "weekend": {
      // On a Sunday "this weekend" is today.
      if (meaning.count === 0 && now.getUTCDay() === 0)
        return { when: dayText(today), past: false };
      const saturday = weekdayAfter(now, 6, "this") + 7 * meaning.count * day;
      return { when: dayText(Math.max(today, saturday)), past: false };
    }
    case "months":
      return monthRun(meaning, y, m);
    case "offset":
      return offset(now, meaning.unit, meaning.count);
    case "within": {
      const target = new Date(today + meaning.days * day);
      return { when: monthText(target.getUTCFullYear(), target.getUTCMonth() + 1), past: false };
    }
  }
}

// Without an article date, only a written-out year says when.
function absolute(meaning: TimeMeaning): ResolvedTime {
  if (meaning.kind === "year") return { when: String(meaning.year), past: false };
  if (meaning.kind === "month" && meaning.year)
    return { when: monthText(meaning.year, meaning.month), past: false };
  if (meaning.kind === "day" && meaning.year)
    return { when: dayText(Date.UTC(meaning.year, meaning.month - 1, meaning.day)), past: false };
  return none;
}

type MonthRun = Extract<TimeMeaning, { kind: "months" }>;

// A quarter, half or season: printed as its first month still to come (the article's own month
// when the run has begun); past when the whole run is over. Months are counted as year * 12 + m - 1.
function monthRun(run: MonthRun, y: number, m: number): ResolvedTime {
  const now = y * 12 + m - 1;
  const wraps = run.to < run.from;
  const span = (startYear: number) => ({
    start: startYear * 12 + run.from - 1,
    end: (startYear + (wraps ? 1 : 0)) * 12 + run.to - 1,
  });
  let startYear = run.year ?? (run.yearOffset !== undefined ? y + run.yearOffset : undefined);
  if (startYear === undefined) {
    // This year's run, or for winter in January the one that began in December.
    startYear = wraps && m <= run.to ? y - 1 : y;
    if (run.which === "next" && span(startYear).start <= now) startYear += 1;
    else if (run.which !== "this") while (span(startYear).end < now) startYear += 1;
  }
  const { start, end } = span(startYear);
  if (end < now) return { when: null, past: true };
  const first = Math.max(start, now);
  return { when: monthText(Math.floor(first / 12), (first % 12) + 1), past: false };
}

function offset(
  now: Date,
  unit: "day" | "week" | "month" | "quarter" | "year",
  count: number,
): ResolvedTime {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const past = count < 0;
  if (unit === "quarter") {
    // "this quarter" is the article's month; "next quarter" the first month of the next one.
    const target = count === 0 ? m : Math.floor(m / 3) * 3 + 3 * count;
    const date = new Date(Date.UTC(y, target, 1));
    return { when: monthText(date.getUTCFullYear(), date.getUTCMonth() + 1), past };
  }
  if (unit === "day" || unit === "week") {
    const days = Math.round(count * (unit === "week" ? 7 : 1));
    return { when: dayText(now.getTime() + days * day), past };
  }
  if (unit === "month") {
    const target = new Date(Date.UTC(y, m + Math.round(count), 1));
    return { when: monthText(target.getUTCFullYear(), target.getUTCMonth() + 1), past };
  }
  // Fractions stand for "the coming year" (half a year on) and "the new year" (a quarter on).
  const target =
    count % 1 === 0 ? y + count : new Date(Date.UTC(y, m + count * 12, 1)).getUTCFullYear();
  return { when: String(target), past };
}

// "on Tuesday", "this Tuesday": the first Tuesday on or after the article date (a Tuesday
// article's "on Tuesday" is that day: news is written the day it happens); "next Tuesday": in
// the week after (weeks run Monday to Sunday).
function weekdayAfter(
  now: Date,
  weekday: number,
  which: "bare" | "this" | "next" | "last",
): number {
  const today = now.getUTCDay();
  const ahead = (weekday - today + 7) % 7;
  if (which === "bare" || which === "this") return now.getTime() + ahead * day;
  const mondayNext = now.getTime() + ((8 - today) % 7 || 7) * day;
  return mondayNext + ((weekday + 6) % 7) * day;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthText = (year: number, month: number) => `${year}-${pad(month)}`;
const dayText = (time: number) => new Date(time).toISOString().slice(0, 10);

const recentMonths = 3;

/**
 * A day or month written without a year whose date this year (or last, across New Year) lies
 * within the three months before the article: "bought from Sept. 14" in an article of 30
 * October. `resolveWhen` reads it as next year's; a present tense or a noun ("holds",
 * "the Sept. 14 deadline") that names it most likely speaks of the one just gone.
 */
export function justBefore(meaning: TimeMeaning, articleDate: string | undefined): boolean {
  if ((meaning.kind !== "day" && meaning.kind !== "month") || meaning.year !== undefined)
    return false;
  const today = articleDate ? Date.parse(`${articleDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(today)) return false;
  const now = new Date(today);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  if (meaning.kind === "month") {
    const back = (m - meaning.month + 12) % 12;
    return back > 0 && back <= recentMonths;
  }
  const limit = Date.UTC(y, now.getUTCMonth() - recentMonths, now.getUTCDate());
  return [y, y - 1].some((year) => {
    const date = Date.UTC(year, meaning.month - 1, meaning.day);
    return date < today && date >= limit;
  });
}
