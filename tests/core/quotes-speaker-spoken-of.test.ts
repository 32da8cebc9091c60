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
