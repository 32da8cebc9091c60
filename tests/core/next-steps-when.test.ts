import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findNextSteps } from "../../src/core/next-steps/find-next-steps.js";

// Every sentence below is written for this test; the article date is Monday 10 January 2005.
const date = "2005-01-10";
function stepsOf(body: string, articleDate: string | null = date) {
  const text = `Headline\n\n${body}`;
  const found = findNextSteps(
    readArticle({ text, ...(articleDate ? { date: articleDate } : {}) }),
    [],
    [],
  );
  for (const step of found) expect(text.slice(step.start, step.end)).toBe(step.text);
  return found;
}
const one = (body: string, articleDate: string | null = date) => stepsOf(body, articleDate)[0];

describe("GIVEN an article dated Monday 2005-01-10", () => {
  it("THEN 'late January' in January is this January, not next year's", () => {
    expect(one("The album will be released in late January.")).toMatchObject({
      when: "2005-01",
      whenText: "in late January",
    });
  });

  it("THEN 'on Tuesday' is the first Tuesday from the article date and 'next Tuesday' the one in the week after", () => {
    expect(one("The committee will vote on Tuesday.")?.when).toBe("2005-01-11");
    expect(one("The committee will vote next Tuesday.")?.when).toBe("2005-01-18");
    // A Monday article's "on Monday" is that day.
    expect(one("The board will meet on Monday.")?.when).toBe("2005-01-10");
  });

  it("THEN 'by the end of March' is March of this year, and a month already past is next year's", () => {
    expect(one("The firm will repay the loan by the end of March.")).toMatchObject({
      when: "2005-03",
      whenText: "by the end of March",
    });
    expect(one("The council will decide by the end of March.", "2005-06-01")?.when).toBe("2006-03");
  });

  it("THEN 'in six months', 'next month', 'next week' and 'later this year' count from the article date", () => {
    expect(one("The ministers said they would meet again in six months.")?.when).toBe("2005-07");
    expect(one("The inquiry will report next month.")?.when).toBe("2005-02");
    expect(one("Smith will travel to Paris next week.")?.when).toBe("2005-01-17");
    expect(one("The bank is expected to raise rates later this year.")).toMatchObject({
      when: "2005",
      whenText: "later this year",
    });
  });

  it("THEN a bare year is that year, and a day with its month is that day", () => {
    expect(one("Paramount will start releasing titles in 2006.")?.when).toBe("2006");
    expect(one("The tournament starts on 17 January.")).toMatchObject({ when: "2005-01-17" });
    expect(one("The awards will be held on 26 February.")?.when).toBe("2005-02-26");
  });

  it("THEN a duration is not a date", () => {
    expect(one("The talks will resume after five hours of rest.")?.when).toBeNull();
    expect(one("Gebrselassie will race in London for the next three years.")?.when).toBeNull();
    expect(one("The show will be shown on BBC One at 2010 GMT.")?.when).toBeNull();
  });

  it("THEN a step dated before the article is no next step, and none is dated before it", () => {
    expect(stepsOf("The plant would close in 2003, the firm said then.")).toEqual([]);
    expect(stepsOf("The firm said sales will be weaker than last year.")).toEqual([]);
    for (const body of [
      "The vote will be held on 5 January.",
      "The show returns in January.",
      "The firm will report on Friday.",
    ]) {
      const when = one(body)?.when ?? "";
      expect(when >= date.slice(0, when.length), body).toBe(true);
    }
  });

  it("THEN no time words leave when null; without an article date the words stay and only a year resolves", () => {
    expect(one("The firm will cut 500 jobs.")).toMatchObject({ when: null, whenText: null });
    expect(one("The board will vote next week.", null)).toMatchObject({
      when: null,
      whenText: "next week",
    });
    expect(one("Universal is to start producing films in 2005.", null)?.when).toBe("2005");
  });

  it("THEN a present tense with a time to come, or 'could' with one, is a next step; without a time it is not", () => {
    expect(one("Health chiefs meet early in January.")?.when).toBe("2005-01");
    expect(one("He could be playing next month.")).toMatchObject({
      when: "2005-02",
      conditional: true,
    });
    expect(stepsOf("The series ends with a party. He could be anywhere.")).toEqual([]);
  });

  it("THEN the time of the reporting clause is not the step's", () => {
    expect(
      stepsOf("Trump could embrace the policy, Graham told reporters on Thursday.")[0]?.when ??
        null,
    ).toBeNull();
  });
});
