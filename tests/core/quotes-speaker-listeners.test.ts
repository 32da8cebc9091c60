import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written sentences (not from any corpus): who speaks when a listener or intros stand near. */
function speakers(body: string): Array<string | null> {
  const text = `Headline for a test\n\n${body}`;
  const { quotes } = attributeQuotes(readArticle({ text }));
  return quotes.filter((q) => q.kind !== "indirect").map((q) => q.speaker.name);
}

describe("speakers next to listeners and introductions", () => {
  it("GIVEN 'X, who …, told OUTLET, “…”' THEN X speaks, not the outlet told", () => {
    expect(
      speakers("Tom Baker, who sat on the county board, told Channel Four, “We will not stop.”"),
    ).toEqual(["Tom Baker"]);
  });

  it("GIVEN two introductions before the subject THEN the subject of ', saying' is found", () => {
    expect(
      speakers(
        "On Monday, after weeks of silence about the race, Ellen Ward endorsed Tom Baker, saying, “He is the one we need.”",
      ),
    ).toEqual(["Ellen Ward"]);
  });
});

describe("a new sentence after a finished quote", () => {
  it("GIVEN 'X said, “… .” The Y then recalled …' THEN X speaks the quote", () => {
    expect(
      speakers(
        "Ellen Ward said, “The county has a very severe problem with roads.” The mayor then recalled an accident on the bridge.",
      ),
    ).toEqual(["Ellen Ward"]);
  });

  it("GIVEN '“… .” Smith said.' THEN the cue after the finished quote still attributes it", () => {
    expect(speakers("“We will win this seat.” Tom Baker said.")).toEqual(["Tom Baker"]);
  });
});

describe("datelines", () => {
  it("GIVEN a dateline in capitals opening a paragraph THEN it never speaks", () => {
    expect(
      speakers(
        "LONDON (Reuters) - The minister cast the plan as “divisive, stupid and wrong” on Friday.",
      ),
    ).not.toContain("LONDON");
  });
});
