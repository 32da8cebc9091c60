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
const whenOf = (body: string, date?: string) => steps(body, date)[0]?.when ?? null;

describe("next steps named by a noun, with a definite date to come", () => {
  it("GIVEN a debt that falls due on a date THEN it is a step dated by it", () => {
    expect(whenOf("The company sold $40 million of senior notes due 2015.")).toBe("2015");
    expect(whenOf("Its bonds, due June 1, 2008, were priced at par.")).toBe("2008-06-01");
    expect(whenOf("The first payment is due March 1.")).toBe("2005-03-01");
  });

  it("GIVEN a debt due with no date THEN it is no step", () => {
    expect(steps("The notes due were sold at a loss.")).toHaveLength(0);
  });

  it("GIVEN an event in the possessive of a time to come THEN it is a step on that date", () => {
    expect(whenOf("Tomorrow's vote could change the club's rules.")).toBe("2005-01-13");
    expect(whenOf("Delegates arrived in Lyon ahead of next week's summit.")).toBe("2005-01-19");
  });

  it("GIVEN a weekday in the possessive THEN that day is another event's, not the step's", () => {
    expect(steps("The board may appeal to the judge who issued Monday's ruling.")).toHaveLength(0);
  });

  it("GIVEN a calendar note: a date before its event, or an event and its date THEN it is a step", () => {
    expect(whenOf("Nobody explained the Feb. 3 deadline to the tenants.")).toBe("2005-02-03");
    expect(whenOf("The mayors are preparing for the regional summit in April.")).toBe("2005-04");
  });

  it("GIVEN a yearless date just gone with a present tense or a noun THEN it is no step", () => {
    expect(steps("The fund holds 9,000 shares bought from Dec. 2 to Jan. 5.")).toHaveLength(0);
    expect(steps("The farmers missed the Dec. 20 deadline.")).toHaveLength(0);
  });

  it("GIVEN a noun that plans an act with a definite date THEN it is a step", () => {
    expect(
      whenOf("The firm holds an option to buy the rest of the mill after March 1, 2006."),
    ).toBe("2006-03-01");
    expect(whenOf("The sale is part of a plan to cut the group's debt by 2007.")).toBe("2007");
  });

  it("GIVEN a planning noun with no date THEN it is no step", () => {
    expect(steps("The firm holds an option to buy the rest of the mill.")).toHaveLength(0);
  });

  it("GIVEN a security redeemable or puttable from a date THEN it is a step", () => {
    expect(whenOf("The preferred shares are redeemable after the end of 2009.")).toBe("2009");
    expect(whenOf("The bond, which is puttable back to the issuer in 2010, pays 6%.")).toBe("2010");
  });

  it("GIVEN a figure expected or predicted for a period THEN it is a step dated by the period", () => {
    expect(whenOf("The brewer expects earnings of $3 a share in 2006.")).toBe("2006");
    expect(whenOf("Brokers are predicting 2006 profits of about $1 billion.")).toBe("2006");
  });

  it("GIVEN a far date after a plan THEN it is still the plan's, up to 80 characters on", () => {
    expect(
      whenOf(
        "The group wants to raise the share of its sales outside the home market to half by 2008.",
      ),
    ).toBe("2008");
  });
});

describe("next steps: plans given up, and times that belong to a past clause", () => {
  it("GIVEN a plan scrapped or abandoned THEN it gives no step", () => {
    expect(steps("His pledge to halve taxes by 2008 has now been abandoned.")).toHaveLength(0);
    expect(steps("The plan to build a dam by 2009 was scrapped.")).toHaveLength(0);
    expect(steps("The city's abandoned plan to build a dam by 2009 cost millions.")).toHaveLength(
      0,
    );
  });

  it("GIVEN a relative clause told in the past THEN its time is not the step's", () => {
    expect(
      steps("The plan, which the council approved on Monday, will cut fares.")[0]?.when,
    ).toBeNull();
    expect(steps("The ruling, which is expected in March, will settle the case.")[0]?.when).toBe(
      "2005-03",
    );
  });

  it("GIVEN 'hopes to have' something by a date THEN it is a plan; 'is going to have' is not", () => {
    expect(whenOf("The club hopes to have a new stadium by 2008.")).toBe("2008");
    expect(steps("The new chip is going to have a big impact.")).toHaveLength(0);
  });

  it("GIVEN a year before a forecast noun THEN the forecast is dated by it", () => {
    expect(whenOf("Brokers raised their 2006 earnings estimates for the firm.")).toBe("2006");
  });
});
