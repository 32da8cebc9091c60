import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written sentences (not from any corpus): who speaks a quote. */
function speakers(body: string): Array<[string, string | null]> {
  const text = `Headline for a test\n\n${body}`;
  const { quotes } = attributeQuotes(readArticle({ text }));
  return quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker.name]);
}

describe("a cue followed by what was spoken of", () => {
  it("GIVEN '“…,” X, an apposition, said of Y' THEN X speaks, not Y", () => {
    expect(
      speakers(
        "“Their plan is very clear,” Ellen Ward, a senior fellow at the Hoover Institution, said of the council.",
      ),
    ).toEqual([["Their plan is very clear", "Ellen Ward"]]);
  });

  it("GIVEN '“…,” said X' THEN X still speaks", () => {
    expect(speakers("“Their plan is very clear,” said Ellen Ward.")).toEqual([
      ["Their plan is very clear", "Ellen Ward"],
    ]);
  });
});

describe("a crowd's reaction is no cue", () => {
  const lead = "Ellen Ward spoke in Salem. “We will win this fight,” she told supporters.";

  it("GIVEN '“…,” as the crowd cheered' THEN the quote stays with the speaker", () => {
    expect(speakers(`${lead} “We will never give up,” as the crowd cheered.`)[1]).toEqual([
      "We will never give up",
      "Ellen Ward",
    ]);
  });

  it("GIVEN 'The crowd cheered.' before a quote THEN the crowd does not speak it", () => {
    expect(speakers(`${lead} The crowd cheered. “We will never give up.”`)[1]).toEqual([
      "We will never give up.",
      "Ellen Ward",
    ]);
  });

  it("GIVEN '“…!” the crowd cheered' THEN the crowd speaks its own words", () => {
    expect(speakers(`${lead} “Four more years!” the crowd cheered.`)[1]).toEqual([
      "Four more years!",
      "the crowd",
    ]);
  });
});
