import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written sentences (not from any corpus): who a pronoun reporting a clause stands for. */
function reported(body: string): Array<[string, string | null]> {
  const text = `Headline for a test\n\n${body}`;
  const { quotes } = attributeQuotes(readArticle({ text }));
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.filter((q) => q.kind === "indirect").map((q) => [q.text, q.speaker.name]);
}

describe("'they' after two people named as a subject", () => {
  it("GIVEN 'A and B brought proposals they said …' THEN they are both people", () => {
    expect(
      reported(
        "Ann Rourke and Trade Minister Paul Endicott brought new offers they said were meant to calm the farmers.",
      ),
    ).toEqual([["were meant to calm the farmers", "Ann Rourke and Paul Endicott"]]);
  });

  it("GIVEN two people in the sentence before, after a group spoke earlier THEN they are the two", () => {
    expect(
      reported(
        "City officials said the budget would pass.\n\nTom Brantley and Ann Okafor met the mayor on Monday. They said the plan would not survive a vote.",
      ),
    ).toEqual([
      ["the budget would pass", "City officials"],
      ["the plan would not survive a vote", "Tom Brantley and Ann Okafor"],
    ]);
  });

  it("GIVEN one person as the subject THEN 'they' is not that person", () => {
    expect(
      reported("Ann Okafor met the farmers on Monday. They said the plan would ruin them."),
    ).toEqual([["the plan would ruin them", null]]);
  });
});

describe("'they' after a group named by a plural name", () => {
  it("GIVEN 'Democrats are angry. They argue …' THEN they are the Democrats", () => {
    expect(
      reported("Democrats are angry about the new rules. They argue the cuts go too far."),
    ).toEqual([["the cuts go too far", "Democrats"]]);
  });

  it("GIVEN a one-word name with a singular verb THEN 'they' is not that name", () => {
    expect(reported("Reuters has a bureau in the city. They argue the cuts go too far.")).toEqual([
      ["the cuts go too far", null],
    ]);
  });
});
