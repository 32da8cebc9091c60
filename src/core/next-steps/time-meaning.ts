/** What time words mean before any date is known, shared by the rules that read them. */
export type TimeMeaning =
  /** A calendar day; `year` absent when the text leaves it out ("on 17 January"). */
  | { kind: "day"; month: number; day: number; year?: number }
  /** A month ("in March", "late January", "by the end of March 2006"). */
  | { kind: "month"; month: number; year?: number }
  /**
   * A run of months: a quarter or half ("in the fourth quarter", "the first half of 2006") or a
   * season ("this summer"; winter runs December to February). `year` or `yearOffset` when the
   * text gives it; `which` says how a season without a year is counted from the article date.
   */
  | {
      kind: "months";
      from: number;
      to: number;
      year?: number;
      yearOffset?: number;
      which?: "this" | "next" | "bare";
    }
  | { kind: "year"; year: number }
  /** A weekday: `which` says whether "this", "next" or "last" came before it, else "bare". */
  | { kind: "weekday"; weekday: number; which: "bare" | "this" | "next" | "last" }
  /** `count` units from the article date: "next week" is 1 week, "this year" 0, "ago" negative. */
  | { kind: "offset"; unit: "day" | "week" | "month" | "quarter" | "year"; count: number }
  /** The coming weekend (Saturday), `count` weeks on. */
  | { kind: "weekend"; count: number }
  /**
   * A short stretch from the article date ("over the next few days", "in the coming weeks"):
   * printed as the month it falls in, never as a day.
   */
  | { kind: "within"; days: number }
  /** Known time words that name no interval a card can print ("soon", "in the coming months"). */
  | { kind: "vague" }
  /** Explicitly past ("earlier this year", "last summer"): no next step is dated by it. */
  | { kind: "past" }
  /** A length of time, not a date ("after five hours", "for two weeks", "a 20-year period"). */
  | { kind: "duration" };

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  meaning: TimeMeaning;
}

export interface TimeRule {
  pattern: RegExp;
  read: (m: RegExpExecArray) => TimeMeaning | null;
}

// "at 2010 GMT" is a clock time, "2010s" a decade, "2,010" a number; "Nov. 1, 2004, will" is a year.
export const year = `((?:19|20)\\d\\d)(?![\\d%]|,\\d|s\\b|-\\d|\\s*(?:GMT|BST|UTC|CET|EST|ET|[ap]\\.?m\\b|hrs|hours))`;
