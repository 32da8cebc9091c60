import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";
import { findTimeExpressions } from "../../src/core/next-steps/find-time-expressions.js";
import { resolveWhen } from "../../src/core/next-steps/resolve-when.js";

// Each sentence is invented for this test. Article dates are fixed: the clock is never read.
const thursday = "1999-11-04";
function dateOf(phrase: string, articleDate: string = thursday): string | null {
  const found = findTimeExpressions(phrase).filter((e) => e.meaning.kind !== "duration");
  if (found.length === 0) return null;
  const resolved = resolveWhen(found[0]!.meaning, articleDate);
  return resolved.past ? "past" : resolved.when;
}
function steps(body: string, articleDate: string = thursday) {
  const doc = readArticle({ text: `Headline\n\n${body}`, date: articleDate });
  return findNextSteps(doc, [], []);
}
const stepWhen = (body: string, articleDate: string = thursday) =>
  steps(body, articleDate)[0]?.when;

describe("GIVEN a full date followed by a comma", () => {
  it("THEN the year after the day still belongs to it", () => {
    expect(dateOf("due on Dec. 1, 2006, the bonds")).toBe("2006-12-01");
    expect(stepWhen("The notes, which will mature on Dec. 1, 2006, will pay 5%.")).toBe(
      "2006-12-01",
    );
    expect(dateOf("until early 2001, when")).toBe("2001");
  });
  it("THEN a number with a thousands comma is still no year", () => {
    expect(dateOf("about 2005,000 tons")).toBeNull();
  });
});

describe("GIVEN a passive step whose participle looks past", () => {
  it("THEN 'will be closed over the next year' is dated by its own time", () => {
    expect(stepWhen("The mill, which makes paper, will be closed over the next year.")).toBe(
      "2000",
    );
  });
  it("THEN a past clause inside the step still keeps its time", () => {
    expect(stepWhen("The club, which closed on Monday, will reopen.")).toBeNull();
  });
});

describe("GIVEN 'as soon as' before a day", () => {
  it("THEN the day is the time, not 'soon'", () => {
    expect(stepWhen("The envoys might arrive as soon as Saturday, officials said.")).toBe(
      "1999-11-06",
    );
  });
  it("THEN 'as soon as possible' names no date", () => {
    expect(stepWhen("The envoys will arrive as soon as possible.")).toBeNull();
  });
});

describe("GIVEN 'around year end'", () => {
  it("THEN the step is dated by the article's year", () => {
    expect(stepWhen("The merger is expected to close around year end.")).toBe("1999");
  });
});
