import { year, type TimeMeaning, type TimeRule } from "./time-meaning.js";

/**
 * Runs of months: quarters and halves of a year ("in the fourth quarter", "the first half of
 * 2006") and seasons ("in spring", "this summer"), read before any date is known.
 */
// Northern seasons, as months: winter runs from December into the next year.
const seasonMonths: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};
export function season(name: string, which: "this" | "next" | "bare"): TimeMeaning {
  const [from, to] = seasonMonths[name.toLowerCase()] ?? [1, 12];
  return { kind: "months", from, to, which };
}
const ordinals = ["first|1st", "second|2nd", "third|3rd", "fourth|4th"];
// "final" is the last of `of` parts (the fourth quarter, the second half).
const ordinal = (word: string, of: number): number =>
  /final/i.test(word)
    ? of
    : ordinals.findIndex((o) => new RegExp(`^(?:${o})$`, "i").test(word)) + 1 || 1;

export const monthRunRules: TimeRule[] = [
  {
    // "in the fourth quarter", "the first quarter of 2006", "the second half of next year", "Q3"
    pattern: new RegExp(
      `\\b(?:(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)\\s+(quarter|half)(?:\\s+of\\s+(?:(this|next)\\s+year|the\\s+year|${year})|,?\\s+${year})?|Q([1-4])(?:\\s+${year})?)\\b`,
      "gi",
    ),
    read: (m) => {
      const givenYear = m[4] ?? m[5] ?? m[7];
      const half = m[2]?.toLowerCase() === "half";
      // A half with no year is usually a match's ("in the second half"), not a date.
      if (half && !givenYear && !/year/i.test(m[0])) return null;
      const index = m[6] ? Number(m[6]) : ordinal(m[1] ?? "", half ? 2 : 4);
      const length = half ? 6 : 3;
      const yearOffset = m[3] ? (m[3].toLowerCase() === "next" ? 1 : 0) : undefined;
      return {
        kind: "months",
        from: (index - 1) * length + 1,
        to: index * length,
        ...(givenYear ? { year: Number(givenYear) } : {}),
        ...(yearOffset !== undefined ? { yearOffset } : {}),
      };
    },
  },
  {
    // "this quarter", "the current quarter", "next quarter"
    pattern: /\b(this|the\s+current|next|the\s+coming|the\s+next)\s+quarter\b/gi,
    read: (m) => ({
      kind: "offset",
      unit: "quarter",
      count: /next|coming/i.test(m[1] ?? "") ? 1 : 0,
    }),
  },
  {
    // "in spring", "by the summer of 2006", "during winter", "in early autumn"
    pattern: new RegExp(
      `\\b(?:in|by|until|during|over)\\s+(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(spring|summer|autumn|winter)(?:\\s+(?:of\\s+)?${year})?\\b`,
      "gi",
    ),
    read: (m) => {
      const meaning = season(m[1] ?? "", "bare");
      return m[2] ? { ...meaning, year: Number(m[2]) } : meaning;
    },
  },
  {
    // "by year-end", "at the year end", "around year end": the year's last month, December
    pattern: /\b(?:by|before|at|until|around|near|toward|towards)\s+(?:the\s+)?year[\s-]end\b/gi,
    read: () => ({ kind: "months", from: 12, to: 12, yearOffset: 0 }),
  },
];
