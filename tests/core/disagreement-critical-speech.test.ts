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

// A body's chief blames the other body, named in the quote only by what it is ("the trust").
const blamed = [
  "Clinic closes to rural patients",
  "",
  "Millbrook Valley Clinical Trust has told patients from the hills it will no longer treat them.",
  "",
  "Jane Carver, chief executive of Upland Health Board, said the letter came without warning.",
  "",
  '"I have told the trust to withdraw this threat at once," Ms Carver said.',
].join("\n");

describe("critical speech about a body named by what it is", () => {
  it("GIVEN a quote blaming 'the trust' THEN the speaker's body acts against the trust named before", () => {
    expect(targetsOf(blamed)).toContainEqual([
      "Upland Health Board",
      "Millbrook Valley Clinical Trust",
    ]);
  });

  it("GIVEN 'our trust' THEN it is the speaker's own body, no target", () => {
    const text = blamed.replace("told the trust", "told our trust");
    expect(targetsOf(text)).toEqual([]);
  });
});
