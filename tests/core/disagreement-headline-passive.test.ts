import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import { findOppositions } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const headlineLinks = (text: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  const index = createPartyIndex(doc, people);
  const headlineEnd = text.indexOf("\n");
  return findOppositions(doc, index, quotes)
    .filter((l) => l.span.start < headlineEnd)
    .map((l) => ({ actor: l.actor, target: l.target }));
};

describe("verbs of opposition in headlines and phrases", () => {
  it("GIVEN a headline 'X sued for …' with no 'is' THEN X is sued, not suing", () => {
    const text = [
      "Harbour Board sued for oil spill",
      "",
      "A fishing family is suing the harbour authority over a spill last spring.",
    ].join("\n");
    expect(headlineLinks(text)).toEqual([{ actor: "", target: "Harbour Board" }]);
  });

  it("GIVEN a headline 'X sues Y' THEN X acts against Y", () => {
    const text = ["Harbour Board sues Coastline Oil Group", "", "The case opens next week."].join(
      "\n",
    );
    expect(headlineLinks(text)).toEqual([
      { actor: "Harbour Board", target: "Coastline Oil Group" },
    ]);
  });

  it("GIVEN 'X is taking action against Y' THEN X and Y are the sides", () => {
    const text = [
      "Viewer takes on network",
      "",
      "Paul Grange is taking action against Channel Nine Network over a quiz show.",
      "",
      "He said the programme was a disgrace. Channel Nine Network said it had no comment.",
    ].join("\n");
    const sides = buildCard({ text })
      .disagreement?.sides.map((s) => s.party)
      .sort();
    expect(sides).toEqual(["Channel Nine Network", "Paul Grange"]);
  });
});
