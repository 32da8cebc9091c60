import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";
import { findTimeExpressions } from "../../src/core/next-steps/find-time-expressions.js";
import { resolveWhen } from "../../src/core/next-steps/resolve-when.js";

// Each phrase is invented for this test. Article dates are fixed: the clock is never read.
const monday = "2005-01-10";
function dateOf(phrase: string, articleDate: string = monday): string | null {
  const found = findTimeExpressions(phrase).filter((e) => e.meaning.kind !== "duration");
  if (found.length === 0) return null;
  const resolved = resolveWhen(found[0]!.meaning, articleDate);
  return resolved.past ? "past" : resolved.when;
}
function stepWhen(body: string, articleDate: string = monday): string | null | undefined {
  const doc = readArticle({ text: `Headline\n\n${body}`, date: articleDate });
  return findNextSteps(doc, [], [])[0]?.when;
}

describe("GIVEN weekdays", () => {
  it("THEN the article's own weekday is that day, and 'next' moves it to the week after", () => {
    expect(dateOf("on Monday")).toBe("2005-01-10");
    expect(dateOf("this Monday")).toBe("2005-01-10");
    expect(dateOf("next Monday")).toBe("2005-01-17");
    expect(stepWhen("The jury will retire on Monday.")).toBe("2005-01-10");
  });
  it("THEN another weekday is the first one after the article date", () => {
    expect(dateOf("on Tuesday")).toBe("2005-01-11");
    expect(dateOf("on Sunday")).toBe("2005-01-16");
    // Friday 14 January: Thursday is six days on, never the Thursday just gone.
    expect(dateOf("on Thursday", "2005-01-14")).toBe("2005-01-20");
    expect(dateOf("next Wednesday", "2005-01-14")).toBe("2005-01-19");
  });
});

describe("GIVEN months without a year", () => {
  it("THEN a month written in that month is this one, an earlier month next year's", () => {
    expect(dateOf("in late January")).toBe("2005-01");
    expect(dateOf("in early January", "2005-01-28")).toBe("2005-01");
    expect(dateOf("in March", "2005-12-01")).toBe("2006-03");
    expect(stepWhen("The single will be released in late January.")).toBe("2005-01");
  });
  it("THEN 'by the end of March' is the next March not before the article", () => {
    expect(dateOf("by the end of March")).toBe("2005-03");
    expect(dateOf("by the end of March", "2005-03-20")).toBe("2005-03");
    expect(dateOf("by the end of March", "2005-04-02")).toBe("2006-03");
  });
  it("THEN a month with its year is that month, and a past one is past", () => {
    expect(dateOf("in June 2006")).toBe("2006-06");
    expect(dateOf("in June 2004")).toBe("past");
  });
});

describe("GIVEN offsets from the article date", () => {
  it("THEN a length of time after 'in' or 'within' is a date that far on", () => {
    expect(dateOf("in six months")).toBe("2005-07");
    expect(dateOf("in two weeks")).toBe("2005-01-24");
    expect(dateOf("in three days")).toBe("2005-01-13");
    expect(dateOf("within a year")).toBe("2006");
    expect(dateOf("in five hours")).toBe("2005-01-10");
  });
  it("THEN 'for' and 'after' a length of time name no date", () => {
    expect(dateOf("for five hours")).toBeNull();
    expect(dateOf("after five hours")).toBeNull();
    expect(dateOf("for six months")).toBeNull();
    expect(stepWhen("The strike will last for six months.")).toBeNull();
  });
  it("THEN next week, next month, next year and later this year count from the article date", () => {
    expect(dateOf("next week")).toBe("2005-01-17");
    expect(dateOf("next month")).toBe("2005-02");
    expect(dateOf("next month", "2005-12-20")).toBe("2006-01");
    expect(dateOf("next year")).toBe("2006");
    expect(dateOf("later this year")).toBe("2005");
    expect(dateOf("by the end of the year")).toBe("2005-12");
    expect(dateOf("later this month")).toBe("2005-01");
    expect(dateOf("tomorrow", "2005-12-31")).toBe("2006-01-01");
  });
});

describe("GIVEN years and quarters", () => {
  it("THEN a bare year is that year, and a year gone by is past", () => {
    expect(dateOf("in 2007")).toBe("2007");
    expect(dateOf("by 2010")).toBe("2010");
    expect(dateOf("in 2003")).toBe("past");
  });
  it("THEN a quarter or half of a year is printed as its first month, never before the article", () => {
    expect(dateOf("in the fourth quarter")).toBe("2005-10");
    expect(dateOf("in the second half of next year")).toBe("2006-07");
    expect(dateOf("in the first quarter", "2005-02-15")).toBe("2005-02");
    expect(dateOf("in the first quarter of 2006")).toBe("2006-01");
  });
});

describe("GIVEN any step", () => {
  it("THEN no step is dated before its article", () => {
    for (const body of [
      "The firm will report its results on 3 January.",
      "The panel will meet early this month.",
      "The panel will meet in the first quarter.",
      "The board will vote this week.",
      "The band will tour in January.",
    ]) {
      const when = stepWhen(body, "2005-01-20") ?? "";
      expect(when >= "2005-01-20".slice(0, when.length), `${body} -> ${when}`).toBe(true);
    }
  });
  it("THEN a step with no time words has no date", () => {
    expect(stepWhen("The firm will close the plant.")).toBeNull();
  });
});

describe("GIVEN a month with 'next year'", () => {
  it("THEN it is that month of the next year", () => {
    expect(dateOf("in February next year")).toBe("2006-02");
    expect(stepWhen("The passes are due to be issued in February next year.")).toBe("2006-02");
  });
});

describe("GIVEN calendar words in the present tense with a date to come", () => {
  it("THEN a postponement, a maturity, a rule taking effect, a likely decision and a dated deadline are steps", () => {
    expect(stepWhen("The inquest has been adjourned until 14 March.")).toBe("2005-03-14");
    expect(stepWhen("The bonds mature in 2009.")).toBe("2009");
    expect(stepWhen("The new fees go into effect next month.")).toBe("2005-02");
    expect(stepWhen("A verdict is likely by late February.")).toBe("2005-02");
    expect(stepWhen("The deadline for entries is Friday.")).toBe("2005-01-14");
  });
  it("THEN without a date to come they are not", () => {
    expect(stepWhen("The inquest has been adjourned until further notice.")).toBeUndefined();
    expect(stepWhen("The deadline for entries is tight.")).toBeUndefined();
    expect(stepWhen("The bonds mature slowly.")).toBeUndefined();
  });
});

describe("GIVEN a forecast", () => {
  it("THEN with a definite time to come it is a step; with none, or a vague one, it is not", () => {
    expect(stepWhen("The regional economy is expected to grow by 3% in 2006.")).toBe("2006");
    expect(stepWhen("Ticket prices will rise in April, the operator said.")).toBe("2005-04");
    expect(stepWhen("Ticket prices will rise.")).toBeUndefined();
    expect(stepWhen("Ticket prices will rise soon.")).toBeUndefined();
  });
  it("THEN 'in five months' after 'the third time' or 'lowest level' looks back and dates nothing", () => {
    expect(dateOf("for the third time in five months")).toBeNull();
    expect(dateOf("its lowest level in ten years")).toBeNull();
    expect(stepWhen("The bank will raise rates for the third time in five months.")).toBeNull();
  });
});

describe("GIVEN a weekday written with its date, and a guess about the past", () => {
  it("THEN 'by Friday 11 March' is 11 March, not the first Friday", () => {
    expect(stepWhen("Voters must register by Friday 11 March, the council will say.")).toBe(
      "2005-03-11",
    );
    expect(dateOf("on Tuesday, 8 February")).toBe("2005-02-08");
  });
  it("THEN 'may have helped … on Monday' is no step", () => {
    expect(stepWhen("The remarks may have helped the pound on Monday.")).toBeUndefined();
    expect(stepWhen("The remarks may help the pound on Monday.")).toBe("2005-01-10");
  });
});

describe("GIVEN a part of a year", () => {
  it("THEN the words keep the part and the date is the year", () => {
    const doc = readArticle({
      text: "Headline\n\nThe firm said it would open the plant in early 2006.",
      date: monday,
    });
    expect(findNextSteps(doc, [], [])[0]).toMatchObject({
      when: "2006",
      whenText: "in early 2006",
    });
    expect(dateOf("by mid-2007")).toBe("2007");
  });
});
