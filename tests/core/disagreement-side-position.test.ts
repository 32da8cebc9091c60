import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import type { Quote } from "../../src/core/card/card-schema.js";
import { buildSide } from "../../src/core/disagreement/build-side.js";
import type { OppositionLink } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";

// The side's position from its one reported quote: "The Fishermen's Association said <words>."
function positionOf(words: string): string {
  const text = `Harbour row\n\nThe Fishermen's Association said ${words}.`;
  const doc = readArticle({ text });
  const index = createPartyIndex(doc, []);
  const start = text.indexOf(words);
  const quote: Quote = {
    text: words,
    start,
    end: start + words.length,
    kind: "indirect",
    speaker: { name: "Fishermen's Association", role: null, anonymous: false },
  };
  const sentence = doc.sentences[0] ?? { start: 0, end: text.length };
  const link: OppositionLink = {
    actor: "Fishermen's Association",
    target: "Harbour Development Board",
    span: { start: sentence.start, end: sentence.end },
    weight: 3,
    kind: "speech",
    noun: "a rebuttal",
    cue: { start, end: start + words.length },
    topic: null,
    quotes: { actor: quote },
  };
  const sides: [string, string] = ["Fishermen's Association", "Harbour Development Board"];
  return buildSide(doc, index, [quote], { sides, links: [link], score: 3 }, sides[0], "quay")
    .position;
}

describe("a side's position as a sentence", () => {
  it("GIVEN 'X said it opposes …' THEN the position reads 'Opposes …', not 'Says it opposes …'", () => {
    expect(positionOf("it opposes the new quay")).toBe("Opposes the new quay.");
    expect(positionOf("it will fight the new quay in court")).toBe(
      "Will fight the new quay in court.",
    );
  });

  it("GIVEN 'X said it had warned …' THEN a claim of fact keeps its 'Says'", () => {
    expect(positionOf("it had warned the board about the quay")).toBe(
      "Says it had warned the board about the quay.",
    );
  });
});

describe("reported words that open with the speaker's verb", () => {
  it("GIVEN words read with no reporting verb that open with a verb THEN 'Expects …', not 'Says expects …'", () => {
    expect(positionOf("expects the quay to close by spring")).toBe(
      "Expects the quay to close by spring.",
    );
  });

  it("GIVEN words that open with their own subject THEN the 'Says' stays", () => {
    expect(positionOf("prices would rise")).toBe("Says prices would rise.");
    expect(positionOf("the quay must close")).toBe("Says the quay must close.");
  });
});
