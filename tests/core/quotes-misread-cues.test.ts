import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus): words that read like a cue but introduce no one. */
function said(body: string): Array<[string, string | null]> {
  const text = `Headline for a test\n\n${body}`;
  const result = attributeQuotes(readArticle({ text }));
  for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return result.quotes
    .filter((q) => q.kind !== "indirect")
    .map((q) => [q.text, q.speaker.name] as [string, string | null]);
}

describe("cues misread around a quote", () => {
  it("GIVEN a verb whose subject would be quoted wording THEN the quote keeps the clause's speaker", () => {
    const out = said(
      "While Governor Ellen Marsh has warned against ''a waste of public money'' in the way the city responds to floods, she has ordered a review.",
    );
    expect(out[0]).toEqual(["a waste of public money", "Ellen Marsh"]);
  });
});
