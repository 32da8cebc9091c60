import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus), one speaker rule each. */
function run(body: string) {
  const text = `Headline for a test\n\n${body}`;
  const result = attributeQuotes(readArticle({ text }));
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  // Direct and partial quotes alike: the rules here are about who speaks.
  const said = () =>
    result.quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker.name]);
  return { ...result, said };
}

describe("speakers behind titles and appositions", () => {
  it("GIVEN an abbreviated title with its stop ('Del.', 'Sgt.') THEN the title is no name", () => {
    const { said } = run(
      "The vote was close.\n\n“We will not back down,” said Del. Mara Quist of the islands.\n\nLt. Gen. Omar Reyes said the troops were tired. “We need rest,” Sgt. Ida Vance said.",
    );
    expect(said()).toEqual([
      ["We will not back down", "Mara Quist"],
      ["We need rest", "Ida Vance"],
    ]);
  });

  it("GIVEN 'As NAME, an apposition, put it' THEN the name speaks, not the apposition", () => {
    const { said } = run(
      "The returns matter. As Paul Q. Ferro, a tax lawyer and fellow at the Center for Budget Study, recently put it, “Did he lower his taxes legally?”",
    );
    expect(said()).toEqual([["Did he lower his taxes legally?", "Paul Q. Ferro"]]);
  });

  it("GIVEN a party tag and a participle clause before the verb THEN the titled name speaks", () => {
    const { said } = run(
      "Sen. Rita K. Moss (D-Ill.), noting the size of the crowd, said, “She has a long list.”",
    );
    expect(said()).toEqual([["She has a long list.", "Rita K. Moss"]]);
  });
});
