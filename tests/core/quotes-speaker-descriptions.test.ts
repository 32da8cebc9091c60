import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written articles (not from any corpus): speakers given by a description, or by none. */
function direct(body: string): Array<[string, string | null]> {
  const text = `Headline for a test\n\n${body}`;
  const { quotes } = attributeQuotes(readArticle({ text }));
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.filter((q) => q.kind === "direct").map((q) => [q.text, q.speaker.name]);
}

describe("speakers named by a description", () => {
  it("GIVEN 'added the two-time Golden Globe winner' THEN the person described speaks, not the award", () => {
    expect(
      direct(
        'Meryl Hart opened the festival on Friday.\n\n"It is a joy to be back," added the two-time Golden Globe winner.',
      ),
    ).toEqual([["It is a joy to be back", "Meryl Hart"]]);
  });

  it("GIVEN a prison named as the only source THEN the speaker is not clear (null), never the prison", () => {
    expect(direct('"We were not told anything," Fenwick Prison said.')).toEqual([
      ["We were not told anything", null],
    ]);
  });

  it("GIVEN 'the 36-year-old said' THEN the person the story is about speaks", () => {
    expect(
      direct(
        'Coach Ian Marsh praised his players.\n\n"They were much stronger," the 36-year-old said.',
      ),
    ).toEqual([["They were much stronger", "Ian Marsh"]]);
  });

  it("GIVEN a prison as the phrase before 'said' THEN the detainee speaks, never the prison", () => {
    expect(
      direct(
        'In a statement, a detainee in Fenwick Prison said: "I hope the government will act."',
      ),
    ).toEqual([["I hope the government will act.", "a detainee"]]);
  });

  it("GIVEN a newcomer introduced between quote paragraphs THEN the next quote is the newcomer's", () => {
    expect(
      direct(
        '"We will win this," said Ann Cole, the party leader.\n\nTom Briggs, her rival, disagreed.\n\n"That is simply not true."',
      ),
    ).toEqual([
      ["We will win this", "Ann Cole"],
      ["That is simply not true.", "Tom Briggs"],
    ]);
  });

  it("GIVEN a person quoted inside another's report THEN the quoted words are the inner speaker's", () => {
    expect(
      direct('Robert Peston said Tony Blair told him: "I need your help to get through the year."'),
    ).toEqual([["I need your help to get through the year.", "Tony Blair"]]);
  });
});
