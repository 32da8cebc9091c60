import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import type { Quote } from "../../src/core/card/card-schema.js";
import { findOrganisations } from "../../src/core/disagreement/find-organisations.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

// One body's report, answered by "But" from another body on the same words, with no "not" and
// no verb of opposition; the two bodies' names share a word of reach ("World").
const answered = [
  "Global water shortage 'easing'",
  "",
  "The water shortage between rich and poor regions is easing quickly, according to a World Aid Bank report.",
  "",
  "The report praised new wells built in dry regions over the past decade.",
  "",
  "But a spokesman for the World Clean Rivers Council said the water shortage remained very real.",
  "",
  "Pipes and pumps cost far more in remote villages, he added.",
  "",
  '"The water shortage is easing at a remarkable pace," the report said.',
].join("\n");

describe("key disagreement from an answer opened by 'But' on the other's words", () => {
  it("GIVEN 'But a spokesman for Y said' on two words of X's claim THEN X and Y are the sides", () => {
    expect(parties(answered)).toEqual(["World Aid Bank", "World Clean Rivers Council"]);
  });

  it("GIVEN the answer shares only one word with the claim THEN it is no disagreement", () => {
    const text = answered.replace(
      "said the water shortage remained very real",
      "said the river network remained very dirty",
    );
    expect(parties(text)).toBeNull();
  });

  it("GIVEN 'a World Aid Bank report … the report said' THEN the report speaks for the body", () => {
    const doc = readArticle({ text: answered });
    const start = answered.indexOf("The water shortage is easing at");
    const quote: Quote = {
      text: "The water shortage is easing at a remarkable pace,",
      start,
      end: start + 46,
      kind: "direct",
      speaker: { name: "the report", role: null, anonymous: false },
    };
    expect(createPartyIndex(doc, []).partyOfSpeaker(quote)).toBe("World Aid Bank");
  });

  it("GIVEN 'a meeting of the forum in Geneva agreed' THEN Geneva is where, not a body", () => {
    const text = "On Tuesday a meeting of the forum in Geneva agreed to set up a fund.";
    expect(findOrganisations(text, new Set()).map((m) => m.organisation)).not.toContain("Geneva");
  });
});
