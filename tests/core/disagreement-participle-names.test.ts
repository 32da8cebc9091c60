import { describe, expect, it } from "vitest";
import { findOrganisations } from "../../src/core/disagreement/find-organisations.js";

const names = (text: string) => findOrganisations(text, new Set()).map((m) => m.organisation);

describe("a capitalised participle before a role noun", () => {
  it("GIVEN 'Retired lawyer Tom Reed' at a sentence start and after a comma THEN 'Retired' is no body", () => {
    const text =
      "Pension row\n\nRetired lawyer Tom Reed said the cut was wrong. A friend, Retired officer Ann Lee, said no.";
    expect(names(text)).not.toContain("Retired");
  });

  it("GIVEN a headline above it THEN the headline's last word does not join the name", () => {
    const text = "Pension row\n\nRetired spokesman Tom Reed said so. Later, Retired staff said no.";
    expect(names(text).some((n) => /Row|Retired/.test(n))).toBe(false);
  });

  it("GIVEN a participle-shaped club after a lower-case word THEN it is still a body", () => {
    const text =
      "Fans of United cheered. Later United manager Alan Dale said the win was deserved.";
    expect(names(text)).toContain("United");
  });
});
