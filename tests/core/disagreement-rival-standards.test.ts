import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import { findRivalStandards } from "../../src/core/disagreement/find-rival-standards.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const camps = (text: string) => {
  const doc = readArticle({ text });
  const { people } = attributeQuotes(doc);
  return findRivalStandards(doc, createPartyIndex(doc, people)).map((l) => [l.actor, l.target]);
};

const article = (...sentences: string[]) =>
  ["Studios pick a side in disc contest", "", ...sentences].join("\n\n");

describe("two camps behind rival standards", () => {
  it("GIVEN 'X backs one format while Y backs the rival format' THEN X and Y are the two sides", () => {
    const text = article(
      "Norvex Electronics backs the StarDisc format while Kaltera Corporation backs the rival WaveDisc format.",
    );
    expect(camps(text)).toEqual([["Norvex Electronics", "Kaltera Corporation"]]);
  });

  it("GIVEN 'developed by' and an owner's 's among competing formats THEN both camps are found", () => {
    const text = article(
      "Kaltera Corporation said the studios would follow.",
      "The two competing disc formats, StarDisc developed by Norvex Electronics, and Kaltera's WaveDisc, are courting the studios.",
    );
    expect(camps(text)).toEqual([["Norvex Electronics", "Kaltera Corporation"]]);
  });

  it("GIVEN the card THEN each side backs its own standard, in the article's words", () => {
    const text = article(
      "Norvex Electronics backs the StarDisc format while Kaltera Corporation backs the rival WaveDisc format.",
      "The two competing disc formats, StarDisc developed by Norvex Electronics, and Kaltera's WaveDisc, are courting the studios.",
    );
    const sides = buildCard({ text }).disagreement?.sides ?? [];
    expect(sides.map((s) => [s.party, s.position])).toEqual([
      ["Norvex Electronics", "Backs StarDisc format."],
      ["Kaltera Corporation", "Backs WaveDisc format."],
    ]);
  });

  it("GIVEN rival products, no standard THEN no camps (two phones on sale are no dispute)", () => {
    const text = article(
      "Norvex Electronics's new phone goes on sale next week against rival handsets from Kaltera Corporation.",
    );
    expect(camps(text)).toEqual([]);
  });

  it("GIVEN one camp named THEN no pair", () => {
    const text = article("Norvex Electronics backs the StarDisc format over a rival format.");
    expect(camps(text)).toEqual([]);
  });
});
