/**
 * Time words in a stretch of text ("next week", "on Tuesday", "by the end of March", "in six
 * months", "later this year", "in 2006"), each read into what it means before any date is known.
 * Durations ("after five hours", "for two weeks") are recognised so that they are never dates.
 */
import { monthRunRules, season } from "./month-run-rules.js";
import { year, type TimeExpression, type TimeRule as Rule } from "./time-meaning.js";

export type { TimeExpression, TimeMeaning } from "./time-meaning.js";

const monthNames = [
  "jan(?:uary|\\.)?",
  "feb(?:ruary|\\.)?",
  "mar(?:ch|\\.)?",
  "apr(?:il|\\.)?",
  "may",
  "june?",
  "july?",
  "aug(?:ust|\\.)?",
  "sept?(?:ember|\\.)?",
  "oct(?:ober|\\.)?",
  "nov(?:ember|\\.)?",
  "dec(?:ember|\\.)?",
];
const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

const monthWord = `(${monthNames.join("|")})(?![a-z])`;
const weekday = `\\b(${weekdayNames.join("|")})(?:'s)?`;
const count = `(\\d+|${Object.keys(numberWords).join("|")}|a few|several|a couple of)`;
const unit = `(day|week|fortnight|month|year|hour|minute|decade)s?`;
const part = `(early|mid|late|the end of|end of|the start of|the beginning of|the middle of)`;

// Month names are capitalised in news text: "may" in lower case is the verb, "march" a walk.
const monthIndex = (name: string): number =>
  /^[A-Z]/.test(name)
    ? monthNames.findIndex((p) => new RegExp(`^(?:${p})$`, "i").test(name)) + 1
    : 0;
const weekdayIndex = (name: string): number => weekdayNames.indexOf(name.toLowerCase());
const amount = (word: string): number =>
  /^\d+$/.test(word) ? Number(word) : (numberWords[word.toLowerCase()] ?? 3);

// Order matters: earlier rules claim their words first, so "17 January 2005" is one day.
const rules: Rule[] = [
  {
    // "17 January 2005", "January 17, 2005", "17 January", "Jan. 17", "Friday 11 March"
    pattern: new RegExp(
      `\\b(?:(?:${weekdayNames.join("|")}),?\\s+(?:the\\s+)?)?(?:(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${monthWord}|${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)(?:,?\\s+${year})?`,
      "gi",
    ),
    read: (m) => {
      const day = Number(m[1] ?? m[4]);
      const monthNumber = monthIndex(m[2] ?? m[3] ?? "");
      if (!monthNumber || day < 1 || day > 31) return null;
      return { kind: "day", month: monthNumber, day, ...(m[5] ? { year: Number(m[5]) } : {}) };
    },
  },
  {
    // "last week", "earlier this year", "two days ago", "last Tuesday", "last summer"
    pattern: new RegExp(
      `\\b(?:(?:last|past|previous)\\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|${weekdayNames.join("|")}|${monthNames.slice(0, 12).join("|")})\\b|earlier\\s+(?:this\\s+\\w+|today|in\\s+the\\s+\\w+)|yesterday|${count}\\s+${unit}\\s+ago)`,
      "gi",
    ),
    read: () => ({ kind: "past" }),
  },
  {
    // "after five hours", "for two weeks", "over a 20-year period", "six-month", "lasting";
    // "for the fourth time in five months", "its lowest level in ten years" look back, not on.
    pattern: new RegExp(
      `\\b(?:(?<=\\b(?:times?|level|high|low|record|rise|fall|increase|drop|gain|decline|growth|best|worst|biggest|largest|highest|lowest)\\s)in\\s+(?:the\\s+(?:past|last)\\s+)?${count}\\s+${unit}|(?:after|for|over|during|lasting|spanning)\\s+(?:the\\s+(?:next|past|last|first)\\s+)?${count}\\s+${unit}|${count}-${unit.replace(/s\?$/, "")}|(?<!\\b(?:in|within)\\s)(?:\\d+|${Object.keys(numberWords).join("|")})\\s+(?:hour|minute|second)s?)\\b`,
      "gi",
    ),
    read: () => ({ kind: "duration" }),
  },
  {
    // "by the end of March", "late January", "in early March 2006", "the end of the month"
    pattern: new RegExp(`\\b${part}[\\s-]+${monthWord}(?:\\s+${year})?`, "gi"),
    read: (m) => {
      const monthNumber = monthIndex(m[2] ?? "");
      if (!monthNumber) return null;
      return { kind: "month", month: monthNumber, ...(m[3] ? { year: Number(m[3]) } : {}) };
    },
  },
  {
    // "January 2005", "in March", "by June", "until December", "next January"
    pattern: new RegExp(
      `(?:\\b(in|by|until|till|before|from|during|through|after|this|next|since)\\s+)?\\b${monthWord}(?:\\s+${year}|\\s+(this|next)\\s+year\\b)?`,
      "gi",
    ),
    read: (m) => {
      const monthNumber = monthIndex(m[2] ?? "");
      if (!monthNumber || (!m[1] && !m[3] && !m[4])) return null;
      if (m[1]?.toLowerCase() === "since") return { kind: "past" };
      // "in February next year": that month of the year the words name.
      if (m[4]) {
        const yearOffset = m[4].toLowerCase() === "next" ? 1 : 0;
        return { kind: "months", from: monthNumber, to: monthNumber, yearOffset };
      }
      return { kind: "month", month: monthNumber, ...(m[3] ? { year: Number(m[3]) } : {}) };
    },
  },
  {
    // "the March accession", "a June vote": a month named before the event it dates
    pattern: new RegExp(`(?<=\\b(?:the|a|an|its|their)\\s)${monthWord}(?=\\s+[a-z])`, "gi"),
    read: (m) => {
      const monthNumber = monthIndex(m[1] ?? "");
      return monthNumber ? { kind: "month", month: monthNumber } : null;
    },
  },
  {
    // "in the coming year", "the new year", "next season", "soon", "in the near future"; in "as
    // soon as Tuesday" the day is the time, not "soon"
    pattern:
      /\b(?:(?:in|over|during)\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months|years)|in\s+(?:the\s+)?(?:near|foreseeable)\s+future|soon(?!\s+as\s+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:tomorrow|today|tonight|next|this)\b))|shortly|before\s+long|(?:the\s+)?coming\s+year|(?:from\s+)?the\s+new\s+year|(?:next|this|the coming)\s+season|in due course)\b/gi,
    read: (m) => {
      const words = m[0].toLowerCase();
      // "over the next few days" ends within the week, "in the coming weeks" within the month.
      if (/(?:coming|next|following)\s+(?:few\s+)?days/.test(words))
        return { kind: "within", days: 3 };
      if (/(?:coming|next|following)\s+(?:few\s+)?weeks/.test(words))
        return { kind: "within", days: 14 };
      if (/coming year/.test(words)) return { kind: "offset", unit: "year", count: 0.5 };
      if (/new year/.test(words)) return { kind: "offset", unit: "year", count: 0.25 };
      return { kind: "vague" };
    },
  },
  ...monthRunRules,
  {
    // "next week", "this year", "later this month", "by the end of the year", "next month"
    pattern:
      /\b(?:(?:later|early|earlier|late)\s+)?(?:(?:by\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:(this|next|the|the following|the coming|following|coming)\s+)(week|weekend|month|year|spring|summer|autumn|fall|winter)\b/gi,
    read: (m) => {
      const which = (m[1] ?? "").toLowerCase();
      const what = (m[2] ?? "").toLowerCase();
      // "the week" and "the month" without "end of" name no time ("during the week").
      if (which === "the" && !/end|start|beginning|middle/i.test(m[0])) return null;
      const step = /next|following|coming/.test(which) ? 1 : 0;
      if (what === "weekend") return { kind: "weekend", count: step };
      if (/spring|summer|autumn|fall|winter/.test(what))
        return which === "the" && what === "fall"
          ? null
          : season(what, step ? "next" : which === "this" ? "this" : "bare");
      // "by the end of the year" is its last month, December; "by the end of next year" too.
      if (what === "year" && /\bend\s+of/i.test(m[0]))
        return { kind: "months", from: 12, to: 12, yearOffset: step };
      return { kind: "offset", unit: what as "week" | "month" | "year", count: step };
    },
  },
  {
    // "in six months", "within two years", "in a fortnight", "in the next week", "three weeks from now"
    pattern: new RegExp(
      `\\b(?:(?:in|within)\\s+(?:the\\s+next\\s+)?${count}\\s+${unit}(?:'?\\s*time)?|${count}\\s+${unit}\\s+from\\s+now|(?:in|within)\\s+the\\s+next\\s+(day|week|month|year))\\b`,
      "gi",
    ),
    read: (m) => {
      const what = (m[2] ?? m[4] ?? m[5] ?? "").toLowerCase();
      const n = m[5] ? 1 : amount(m[1] ?? m[3] ?? "1");
      if (what === "fortnight") return { kind: "offset", unit: "week", count: 2 * n };
      if (what === "decade") return { kind: "offset", unit: "year", count: 10 * n };
      if (what === "hour" || what === "minute")
        // "in five hours" is later the same day; "within 48 hours" two days on.
        return { kind: "offset", unit: "day", count: what === "hour" ? Math.floor(n / 24) : 0 };
      return { kind: "offset", unit: what as "day" | "week" | "month" | "year", count: n };
    },
  },
  {
    // "today", "tonight", "tomorrow", "later today", "the day after tomorrow"
    pattern:
      /\b(?:(?:the\s+day\s+after\s+)?tomorrow|today|tonight|later\s+today|this\s+(?:morning|afternoon|evening))\b/gi,
    read: (m) => {
      const words = m[0].toLowerCase();
      const count = /day after/.test(words) ? 2 : /tomorrow/.test(words) ? 1 : 0;
      return { kind: "offset", unit: "day", count };
    },
  },
  {
    // "on Tuesday", "next Monday", "this Friday", "Monday's debate"; "Monday nights" and "Monday
    // and Tuesday nights" are a habit, not a day
    pattern: new RegExp(
      `(?:\\b(this|next|coming)\\s+)?${weekday}(?!\\s+(?:(?:and|or)\\s+(?:${weekdayNames.join("|")})\\s+)?(?:nights|mornings|afternoons|evenings)\\b)`,
      "gi",
    ),
    read: (m) => {
      const index = weekdayIndex(m[2] ?? "");
      if (index < 0 || !/^[A-Z]/.test(m[2] ?? "")) return null;
      const which = (m[1] ?? "").toLowerCase();
      return {
        kind: "weekday",
        weekday: index,
        which: which === "next" ? "next" : which === "this" || which === "coming" ? "this" : "bare",
      };
    },
  },
  {
    // "in 2006", "by 2010", "the end of 2005", "the 2006 World Cup", "early 2006" (the part is
    // kept in the words a card prints; the date stays the year)
    pattern: new RegExp(
      `(?<![$£€\\d.,])(?:\\b(since)\\s+)?(?:\\b(?:early|late|mid)[\\s-]+)?\\b${year}`,
      "gi",
    ),
    read: (m) => (m[1] ? { kind: "past" } : { kind: "year", year: Number(m[2]) }),
  },
];

/** Every time expression in `text.slice(start, end)`, in order, offsets indexing `text`. */
export function findTimeExpressions(text: string, start = 0, end = text.length): TimeExpression[] {
  const segment = text.slice(start, end);
  const found: TimeExpression[] = [];
  const taken: boolean[] = [];
  for (const rule of rules) {
    for (const m of segment.matchAll(rule.pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken.slice(from, to).some(Boolean)) continue;
      const meaning = rule.read(m as RegExpExecArray);
      if (!meaning) continue;
      for (let i = from; i < to; i++) taken[i] = true;
      found.push({ start: start + from, end: start + to, text: m[0], meaning });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
