import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";

const captioned = (
  caption: string,
  body = "The minister will visit Paris next week, officials said.",
) => `Talks stall in Geneva\n\n${caption}\n\n${body}\n`;

describe("article date from a photo caption", () => {
  it("GIVEN no date but a wire caption with a US-style date THEN that day dates the article", () => {
    const text = captioned("Ministers meet in Geneva March 3, 2021. REUTERS/Denis Balibouse");
    expect(readArticle({ text }).date).toBe("2021-03-03");
    expect(buildCard({ text }).nextSteps[0]?.when).toBe("2021-03-10");
  });

  it("GIVEN a British-style caption date THEN it is read as day, month, year", () => {
    const text = captioned("Ministers meet in Geneva, 3 March 2021. REUTERS/Denis Balibouse");
    expect(readArticle({ text }).date).toBe("2021-03-03");
  });

  it("GIVEN a date in the input THEN it wins over the caption", () => {
    const text = captioned("Ministers meet in Geneva March 3, 2021. REUTERS/Denis Balibouse");
    expect(readArticle({ text, date: "2021-03-05" }).date).toBe("2021-03-05");
  });

  it("GIVEN a full date only in the prose THEN the article stays undated (no guessing from the story)", () => {
    const text = "Talks stall\n\nThe treaty was signed on March 3, 1991, the minister said.\n";
    expect(readArticle({ text }).date).toBeUndefined();
  });

  it("GIVEN an impossible caption date THEN the article stays undated", () => {
    const text = captioned("Ministers meet in Geneva February 30, 2021. REUTERS/Denis Balibouse");
    expect(readArticle({ text }).date).toBeUndefined();
  });
});
