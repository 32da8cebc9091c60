import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";

// Each sentence is invented for this test. Articles dated Wednesday 2005-01-12.
function steps(body: string, date = "2005-01-12") {
  const text = `Headline\n\n${body}`;
  const found = findNextSteps(readArticle({ text, date }), [], []);
  for (const step of found) expect(text.slice(step.start, step.end)).toBe(step.text);
  return found;
}
const whenOf = (body: string) => steps(body)[0]?.when ?? null;

describe("next steps: a time in the subject, before the verb", () => {
  it("GIVEN a date inside a short subject THEN it dates the step", () => {
    expect(
      whenOf("Spending in 2006 will rise sharply, the minister said, from $4 billion this year."),
    ).toBe("2006");
    expect(whenOf("The April launch will give the firm a lead over its rivals.")).toBe("2005-04");
  });

  it("GIVEN a weekday before the verb (the day of the saying) THEN it is not the step's time", () => {
    expect(whenOf("Mayor Ann Lowe Monday vowed to rebuild the bridge.")).toBeNull();
  });

  it("GIVEN a date after a verb in the subject THEN it is no subject time", () => {
    expect(steps("Turnover is 2005 is growing faster than costs.")).toHaveLength(0);
  });
});

describe("next steps: dates a clause or a habit would wrongly claim", () => {
  it("GIVEN 'a <calendar date> <event>' THEN the article is no habit ('a Saturday' is)", () => {
    expect(whenOf("By fixing a Feb. 2 hearing date, the judge gave the tenants time.")).toBe(
      "2005-02-02",
    );
  });

  it("GIVEN a town and its state between commas THEN the clause runs on", () => {
    expect(whenOf("The bank agreed a deal to buy the Salem, Ore., lender in March.")).toBe(
      "2005-03",
    );
  });

  it("GIVEN a past tense before a prediction THEN the predicted year is still the step's", () => {
    expect(whenOf("Brokers were predicting 2006 profits of about $1 billion.")).toBe("2006");
  });
});
