import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { isFormerRank } from "../../src/core/lexicon/former-rank.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** The party each named person's mentions stand for. */
const partyOf = (text: string, name: string) => {
  const doc = readArticle({ text });
  const { people } = attributeQuotes(doc);
  const index = createPartyIndex(doc, people);
  return index
    .mentionsIn(0, doc.text.length)
    .filter((m) => doc.text.slice(m.start, m.end).includes(name))
    .map((m) => m.party);
};

describe("a former chief speaks for himself", () => {
  it("GIVEN 'former <body> boss <Name>' THEN the person is his own side, not the body", () => {
    const text = [
      "Mining trial opens",
      "",
      "Former Kestrel Mining Corporation boss Anton Veller told the court the charges were false.",
      "",
      "Mr Veller said he had done nothing wrong.",
    ].join("\n");
    expect(partyOf(text, "Veller")).not.toContain("Kestrel Mining Corporation");
    expect(partyOf(text, "Veller")[0]).toBe("Anton Veller");
  });

  it("GIVEN '<Name>, ex-chairman of <body>' THEN the person is his own side", () => {
    const text = [
      "Mining trial opens",
      "",
      "Anton Veller, ex-chairman of Kestrel Mining Corporation, told the court the charges were false.",
    ].join("\n");
    expect(partyOf(text, "Veller")).not.toContain("Kestrel Mining Corporation");
  });

  it("GIVEN a serving chief ('<body> boss <Name>') THEN he still speaks for the body", () => {
    const text = [
      "Mining firm hits back",
      "",
      "Kestrel Mining Corporation boss Anton Veller told the court the charges were false.",
    ].join("\n");
    expect(partyOf(text, "Veller")).toContain("Kestrel Mining Corporation");
  });

  it("GIVEN roles THEN only words that put the post in the past make it former", () => {
    expect(isFormerRank("former Yukos boss")).toBe(true);
    expect(isFormerRank("ex-head of internal accounting")).toBe(true);
    expect(isFormerRank("one-time chairman")).toBe(true);
    expect(isFormerRank("chief executive of the Formerly Known Trust")).toBe(false);
    expect(isFormerRank("chief executive")).toBe(false);
  });
});
