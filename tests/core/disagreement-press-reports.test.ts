import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findOppositions } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

// A denial of press reports about two named people, the paper that ran them named later.
const denied = [
  "Campaign switch denied",
  "",
  "Mark Dunn has denied reports that Ann Lacey will replace Tom Reed as campaign chief.",
  "",
  "A report in the Evening Chronicle claimed Ms Lacey had been asked to run the campaign.",
].join("\n");

const read = (text: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  return { doc, quotes, index: createPartyIndex(doc, people) };
};

describe("denials of press reports", () => {
  it("GIVEN 'denied reports that A will replace B' and 'a report in the X' THEN the denial answers X, not A", () => {
    const { doc, quotes, index } = read(denied);
    const denial = findOppositions(doc, index, quotes).find(
      (l) => doc.text.slice(l.cue.start, l.cue.end) === "denied",
    );
    expect(denial?.actor).toBe("Mark Dunn");
    expect(denial?.target).toBe("Evening Chronicle");
  });

  it("GIVEN 'A report in the X claimed …' THEN the report speaks for X", () => {
    const { doc, quotes, index } = read(denied);
    const report = quotes.find((q) => /asked to run/.test(doc.text.slice(q.start, q.end)));
    expect(report && index.partyOfSpeaker(report)).toBe("Evening Chronicle");
  });

  it("GIVEN no paper named THEN the denial keeps the one it names", () => {
    const text = denied.split("\n").slice(0, 3).join("\n");
    const { doc, quotes, index } = read(text);
    const denial = findOppositions(doc, index, quotes).find(
      (l) => doc.text.slice(l.cue.start, l.cue.end) === "denied",
    );
    expect(denial?.target).not.toBe("Evening Chronicle");
  });
});
