import { describe, expect, it } from "vitest";
import { briefingCardSchema } from "../../src/core/card/card-schema.js";

const card = {
  schemaVersion: 1,
  id: "a1",
  headline: "Russia, U.S. at odds over missile shield",
  summary: ["The United States and Russia failed to settle their differences."],
  disagreement: {
    topic: "the missile shield in Europe",
    sides: [
      { party: "United States", position: "will go ahead", evidence: [{ start: 0, end: 10 }] },
      { party: "Russia", position: "should be frozen", evidence: [{ start: 20, end: 30 }] },
    ],
  },
  quotes: [],
  nextSteps: [],
  people: [],
};

describe("briefingCardSchema", () => {
  it("GIVEN a well-formed card THEN it validates", () => {
    expect(briefingCardSchema.parse(card)).toEqual(card);
  });

  it("GIVEN a disagreement with one side THEN it is rejected", () => {
    const oneSided = {
      ...card,
      disagreement: { ...card.disagreement, sides: card.disagreement.sides.slice(0, 1) },
    };
    expect(() => briefingCardSchema.parse(oneSided)).toThrow();
  });

  it("GIVEN another schema version THEN it is rejected", () => {
    expect(() => briefingCardSchema.parse({ ...card, schemaVersion: 2 })).toThrow();
  });
});
