import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { findCriticalSpeech } from "../../src/core/disagreement/find-critical-speech.js";
import { findOppositions } from "../../src/core/disagreement/find-oppositions.js";
import { createPartyIndex } from "../../src/core/disagreement/party-index.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const reader = (text: string) => {
  const doc = readArticle({ text });
  const { quotes, people } = attributeQuotes(doc);
  return { doc, quotes, index: createPartyIndex(doc, people) };
};

const oppositions = (text: string) => {
  const { doc, quotes, index } = reader(text);
  return findOppositions(doc, index, quotes)
    .filter((l) => !l.open)
    .map((l) => [l.actor, l.target]);
};

const criticism = (text: string) => {
  const { doc, quotes, index } = reader(text);
  return findCriticalSpeech(doc, index, quotes).map((l) => [l.actor, l.target]);
};

const article = (...sentences: string[]) => ["Ferry service halted", "", ...sentences].join("\n\n");

describe("words of blame as opposition", () => {
  it("GIVEN 'faulted' THEN the one who faults acts against the one faulted", () => {
    const text = article(
      "The Coastal Shipping Authority faulted Bluewater Ferry Company for the late sailings in its report.",
    );
    expect(oppositions(text)).toContainEqual([
      "Coastal Shipping Authority",
      "Bluewater Ferry Company",
    ]);
  });

  it("GIVEN 'held X responsible for' THEN the party held responsible is the target, named inside the phrase", () => {
    const text = article(
      "The Coastal Shipping Authority held Bluewater Ferry Company responsible for the late sailings.",
    );
    expect(oppositions(text)).toContainEqual([
      "Coastal Shipping Authority",
      "Bluewater Ferry Company",
    ]);
  });

  it("GIVEN 'pointed the finger at' THEN the party pointed at is the target", () => {
    const text = article(
      "The Coastal Shipping Authority pointed the finger at Bluewater Ferry Company over the delays.",
    );
    expect(oppositions(text)).toContainEqual([
      "Coastal Shipping Authority",
      "Bluewater Ferry Company",
    ]);
  });

  it("GIVEN 'at fault' THEN no verb of blame is read (a noun, not an act against anyone)", () => {
    const text = article(
      "Nobody at Bluewater Ferry Company was at fault, the Coastal Shipping Authority found.",
    );
    expect(oppositions(text)).toEqual([]);
  });
});

describe("blame for shifting a problem onto another, in speech", () => {
  const speech = (said: string) =>
    article(
      "Lena Marsh, chief executive of the Island Travel Board, spoke after the meeting.",
      `Ms Marsh said Bluewater Ferry Company was "${said}".`,
    );

  it("GIVEN a speaker saying a named body passes the problem back THEN the speaker's body blames it", () => {
    expect(criticism(speech("trying to pass the problem back to the islands"))).toContainEqual([
      "Island Travel Board",
      "Bluewater Ferry Company",
    ]);
  });

  it("GIVEN 'passing the buck' THEN it is blame too", () => {
    expect(criticism(speech("simply passing the buck"))).toContainEqual([
      "Island Travel Board",
      "Bluewater Ferry Company",
    ]);
  });

  it("GIVEN the shift denied ('not passing the buck') THEN no blame", () => {
    expect(criticism(speech("not passing the buck"))).toEqual([]);
  });
});
