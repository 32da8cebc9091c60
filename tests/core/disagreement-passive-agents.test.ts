import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import { findOppositions } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const links = (text: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  return findOppositions(doc, createPartyIndex(doc, people), quotes);
};

const trial = (claim: string) =>
  [
    "Banker denies tax charges",
    "",
    "Former Orbis Bank chief Pavel Dremin has denied charges of tax fraud in court.",
    "",
    "Mr Dremin has been on trial alongside Ilya Sorokin since March. Mr Dremin and Mr Sorokin face ten years in jail.",
    "",
    claim,
    "",
    "Mr Dremin said the case against him was absurd.",
  ].join("\n");

describe("passive verbs with a named agent", () => {
  it("GIVEN 'they are being punished by the regulators' THEN the agent acts against the one 'they' stands for", () => {
    const found = links(trial("The pair claim they are being punished by the regulators."));
    const passive = found.find((l) => l.actor === "regulators");
    expect(passive?.target).toBe("Pavel Dremin");
    expect(passive?.passive).toBe(true);
  });

  it("GIVEN 'persecuted by' THEN it is opposition too", () => {
    const found = links(trial("The pair say they are being persecuted by the regulators."));
    expect(found.find((l) => l.actor === "regulators")?.target).toBe("Pavel Dremin");
  });

  it("GIVEN 'they' after two people THEN it stands for the one the article names more", () => {
    const text = trial("The pair claim they are being punished by the regulators.").replace(
      "Mr Dremin said the case against him was absurd.",
      "Mr Sorokin said the case against him was absurd. Mr Sorokin will speak again on Friday.",
    );
    expect(links(text).find((l) => l.actor === "regulators")?.target).toBe("Ilya Sorokin");
  });

  it("GIVEN a match report's 'punished' THEN no opposition (a side punishes a mistake)", () => {
    const text = [
      "United beat City 2-1",
      "",
      "Rovers United beat City 2-1 after their striker scored twice.",
      "",
      "United punished City for a poor back pass in the second half.",
    ].join("\n");
    expect(links(text).filter((l) => l.noun === "persecution")).toEqual([]);
  });
});

describe("positions of a passive dispute", () => {
  it("GIVEN the card THEN the agent's position is the passive sentence read whole, not its predicate", () => {
    const text = trial("The pair claim they are being punished by the regulators.");
    const card = buildCard({ text });
    const agent = card.disagreement?.sides.find((s) => s.party === "regulators");
    expect(agent?.position).toBe("The pair claim they are being punished by the regulators.");
    const accused = card.disagreement?.sides.find((s) => s.party === "Pavel Dremin");
    expect(accused?.position).not.toMatch(/^Disputes with/);
  });
});
