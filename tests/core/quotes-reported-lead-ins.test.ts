import { describe, expect, it } from "vitest";
import { reported } from "./fixtures/reported-speech.js";

/** Hand-written sentences (not from any corpus): words that lead in before a clause's subject. */
describe("a sentence's lead-in before a comma is not its subject", () => {
  it("GIVEN 'Worse,' before the subject THEN the subject speaks", () => {
    expect(
      reported(
        "Worse, the two mills have hidden their losses, in many cases reporting false sums to the state.",
      ),
    ).toEqual([["false sums to the state", "the two mills"]]);
  });

  it("GIVEN a participle with its agent ('Chastened by …,') THEN the subject after it speaks", () => {
    expect(
      reported(
        "Chastened by the audit, Mayor Dana Hollis revised her budget, promising to fund the library.",
      ),
    ).toEqual([["promising to fund the library", "Dana Hollis"]]);
  });

  it("GIVEN a headline line with no stop before the sentence THEN the line is not its subject", () => {
    expect(
      reported(
        "Ann Bo 5pts February 6 Lee Says The Plan Was Right\nTom Reyes defended himself on Saturday for dropping the bill, arguing that the plan was a sign of leadership.",
      ),
    ).toContainEqual(["the plan was a sign of leadership", "Tom Reyes"]);
  });
});
