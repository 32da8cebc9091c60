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

describe("next steps: a payment and its record date", () => {
  it("GIVEN 'payable <date> to holders of record <date>' THEN each date is a step of its own", () => {
    const found = steps("The dividend is payable March 3 to holders of record Feb. 10.");
    expect(found.map((s) => [s.text, s.when])).toEqual([
      ["The dividend is payable March 3", "2005-03-03"],
      ["holders of record Feb. 10", "2005-02-10"],
    ]);
  });

  it("GIVEN a record date just gone THEN it stays inside the payment's step", () => {
    const found = steps("The dividend is payable Feb. 1 to stock of record Dec. 30.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ when: "2005-02-01" });
  });
});

describe("next steps: a 'would' no one is reported saying", () => {
  it("GIVEN an unreported 'would' with a definite time to come THEN it is a step", () => {
    expect(steps("The shares would be bought back in three years.")[0]?.when).toBe("2008");
  });

  it("GIVEN no definite time, a condition, a wish or a quote THEN it is no step", () => {
    expect(steps("The shares would be bought back.")).toHaveLength(0);
    expect(steps("If rates fell, the shares would be bought back in 2007.")).toHaveLength(0);
    expect(steps("Many hoped the shares would be bought back in 2007.")).toHaveLength(0);
    expect(steps('"The shares would be bought back in 2007," a trader told us.')).toHaveLength(0);
  });
});
