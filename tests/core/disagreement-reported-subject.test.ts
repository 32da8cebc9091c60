import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findOppositions } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const actorsOf = (text: string, cue: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  const index = createPartyIndex(doc, people);
  return findOppositions(doc, index, quotes)
    .filter((l) => doc.text.slice(l.cue.start, l.cue.end) === cue)
    .map((l) => l.actor);
};

const story = (sentence: string) =>
  ["Mill sale in doubt", "", sentence, "", "Norbridge Mills employs 400 people."].join("\n");

describe("the actor of a verb inside a reported clause", () => {
  it("GIVEN 'X has said a US court will decide whether to block' THEN X is not the one blocking", () => {
    const text = story(
      "Norbridge Mills has said a US bankruptcy court will decide whether to block the sale by Kestrel Bank.",
    );
    expect(actorsOf(text, "block")).not.toContain("Norbridge Mills");
  });

  it("GIVEN 'X told the press it would block' THEN X still acts", () => {
    const text = story("Norbridge Mills told the press it would block the sale by Kestrel Bank.");
    expect(actorsOf(text, "block")).toContain("Norbridge Mills");
  });
});
