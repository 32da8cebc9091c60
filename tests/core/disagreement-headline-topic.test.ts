import { describe, expect, it } from "vitest";
import { headlineTopic } from "../../src/core/disagreement/extract-topic.js";

describe("a headline as the topic, read as a noun phrase", () => {
  it("GIVEN 'X row over Y' THEN the topic is what the row is over", () => {
    expect(headlineTopic("Harbour row over 'new quay' cash")).toBe("new quay cash");
  });

  it("GIVEN a dash crediting a speaker THEN the speaker is dropped", () => {
    expect(headlineTopic("Council wrong on ferry fares - Voss")).toBe(
      "Council wrong on ferry fares",
    );
  });

  it("GIVEN a headline naming no issue of a row THEN it stays whole, without quotation marks", () => {
    expect(headlineTopic("Port 'suspends' quay plan")).toBe("Port suspends quay plan");
  });
});
