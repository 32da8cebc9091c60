import { describe, expect, it } from "vitest";
import { wordRoot } from "../../src/core/disagreement/word-root.js";
import { readArticle } from "../../src/core/article/read-article.js";
import { buildCard } from "../../src/core/build-card.js";
import { findSpeechPairs } from "../../src/core/disagreement/find-speech-pairs.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";

describe("roots of words, so that a claim and its rebuttal in other forms of a word meet", () => {
  it.each([
    ["frozen", "freeze"],
    ["froze", "freezing"],
    ["rising", "rise"],
    ["rose", "rises"],
    ["investigation", "investigate"],
    ["stopped", "stopping"],
    ["policies", "policy"],
    ["taxes", "tax"],
  ])("GIVEN '%s' and '%s' THEN they share a root", (a, b) => {
    expect(wordRoot(a)).toBe(wordRoot(b));
  });

  it.each([
    ["rising", "rival"],
    ["business", "busy"],
    ["frozen", "front"],
  ])("GIVEN unrelated '%s' and '%s' THEN their roots differ", (a, b) => {
    expect(wordRoot(a)).not.toBe(wordRoot(b));
  });
});

const rebuttals = (text: string) => {
  const card = buildCard({ text });
  const doc = readArticle({ text });
  const index = createPartyIndex(doc, card.people);
  return findSpeechPairs(doc, index, card.quotes)
    .filter((link) => link.kind === "rebuttal")
    .map((link) => [link.actor, link.target]);
};

// The claim says "frozen", the denial "freeze": with "libraries" and "library", two words shared.
const inOtherForms = [
  "Reading rooms row",
  "",
  "A readers' group has asked for more money for reading rooms.",
  "",
  '"Funding for our libraries has been frozen for three years," Book Readers Alliance director Ann Hollis said.',
  "",
  'The Westfield Borough Council spokeswoman said: "It is wrong to say we freeze library budgets. We spend more each year."',
].join("\n");

describe("a claim and its rebuttal sharing words in other forms", () => {
  it("GIVEN 'frozen' answered by a denial with 'freeze' THEN the denial is a rebuttal of the claim", () => {
    expect(rebuttals(inOtherForms)).toEqual([
      ["Westfield Borough Council", "Book Readers Alliance"],
    ]);
  });
});

describe("an answer in the speaker's own words of agreement", () => {
  it("GIVEN 'I agree that we do not need …' on the shared words THEN it is no rebuttal", () => {
    const text = [
      "Grain stocks steady",
      "",
      "Farmers say the harvest is large enough.",
      "",
      '"The rising harvest means there is enough grain in the silos," Northern Growers Union chairman Ann Hollis said.',
      "",
      'The Westfield Millers Guild spokeswoman said: "I agree that we do not need more grain in the silos while the harvest rises."',
    ].join("\n");
    expect(rebuttals(text)).toEqual([]);
  });
});
