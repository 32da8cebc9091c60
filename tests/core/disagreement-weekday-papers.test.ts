import { describe, expect, it } from "vitest";
import { findOrganisations } from "../../src/core/disagreement/find-organisations.js";

const names = (text: string) => findOrganisations(text, new Set()).map((m) => m.organisation);

describe("newspapers whose name begins with a weekday", () => {
  it("GIVEN 'the Sunday Herald claimed' THEN the paper keeps its weekday", () => {
    const text =
      "A report in the Sunday Herald claimed the mill would close. The mill said nothing.";
    expect(names(text)).toContain("Sunday Herald");
    expect(names(text)).not.toContain("Herald");
  });

  it("GIVEN 'on Sunday Westmill said' THEN the weekday is the day, not part of the name", () => {
    const text = "The talks ended on Sunday. On Sunday Westmill said the offer was too low.";
    expect(names(text)).toContain("Westmill");
    expect(names(text)).not.toContain("Sunday Westmill");
  });

  it("GIVEN the paper and the day in one story THEN the day alone is no mention of the paper", () => {
    const text = "The Sunday Courier reported the deal. Talks resume on Sunday, officials said.";
    const found = findOrganisations(text, new Set());
    expect(found.map((m) => text.slice(m.start, m.end))).not.toContain("Sunday");
    expect(found.map((m) => m.organisation)).toContain("Sunday Courier");
  });
});
