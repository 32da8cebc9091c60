import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";
import { findCriticalSpeech } from "../../src/core/disagreement/find-critical-speech.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";

const targetsOf = (text: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  const index = createPartyIndex(doc, people);
  return findCriticalSpeech(doc, index, quotes).map((l) => [l.actor, l.target]);
};

const story = (said: string) =>
  [
    "Lenders split over savings plan",
    "",
    "Jane Carver, chief executive of Upland Building Society, spoke at a meeting on Monday.",
    "",
    `"${said}," Ms Carver said.`,
  ].join("\n");

describe("'poor' as a word of blame", () => {
  it("GIVEN 'rich and poor' in a quote naming a bank THEN the bank is not criticised", () => {
    const said = "Savers at Westland Bank and at our society are rich and poor alike";
    expect(targetsOf(story(said))).toEqual([]);
  });

  it("GIVEN 'the poor' THEN no criticism either", () => {
    const said = "Westland Bank and others must do more to help the poor save";
    expect(targetsOf(story(said))).toEqual([]);
  });

  it("GIVEN 'poor management' of a named bank THEN the bank is criticised", () => {
    const said = "Westland Bank has suffered years of poor management";
    expect(targetsOf(story(said))).toContainEqual(["Upland Building Society", "Westland Bank"]);
  });

  it("GIVEN 'the service was poor' THEN the bank is criticised", () => {
    const said = "The service at Westland Bank was poor";
    expect(targetsOf(story(said))).toContainEqual(["Upland Building Society", "Westland Bank"]);
  });
});
