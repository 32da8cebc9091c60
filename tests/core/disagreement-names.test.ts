import { describe, expect, it } from "vitest";
import { findOrganisations } from "../../src/core/disagreement/find-organisations.js";
import { isPlaceActor } from "../../src/core/disagreement/place-actor.js";

describe("names of the parties to a disagreement", () => {
  it("GIVEN a body's name with its acronym in brackets THEN the acronym is that body", () => {
    const text =
      "A spokesman for the Forum for the Coastal Fisheries (FCF) spoke. Later the FCF said the plan was wrong.";
    const found = findOrganisations(text, new Set());
    const fcf = found.filter((m) => text.slice(m.start, m.end) === "FCF");
    expect(fcf.length).toBe(2);
    for (const m of fcf) expect(m.organisation).toBe("Forum for the Coastal Fisheries");
  });

  it("GIVEN brackets whose capitals do not spell the name THEN no name is joined to them", () => {
    const text = "The Coastal Fisheries Forum (PDQ) met. Later PDQ said the plan was wrong.";
    const pdq = findOrganisations(text, new Set()).find(
      (m) => text.slice(m.start, m.end) === "PDQ",
    );
    expect(pdq?.organisation ?? "PDQ").toBe("PDQ");
  });

  it("GIVEN a country's name before a person noun ('a US woman') THEN the country is not acting", () => {
    const text = "A US woman has sued the printer maker.";
    const at = text.indexOf("US");
    expect(isPlaceActor(text, at, at + 2, "United States")).toBe(false);
  });

  it("GIVEN a body introduced with a number in its name ('group Roads 2010') THEN the number is part of it", () => {
    const text =
      "Pressure group Roads 2010 said the toll was a mistake. A Radio 5 spokesman said nothing. It rose 20,000 in 2010.";
    const names = findOrganisations(text, new Set()).map((m) => m.organisation);
    expect(names).toContain("Roads 2010");
    expect(names).toContain("Radio 5");
    expect(names).not.toContain("Roads");
  });
});

describe("a place's name describing a noun that acts", () => {
  const actor = (text: string, alias: string, place: string) => {
    const at = text.indexOf(alias);
    return isPlaceActor(text, at, at + alias.length, place);
  };

  it("GIVEN 'US show sued' or 'UK lender has cut' THEN the place is not the party", () => {
    expect(actor("US show sued over prank\n\nA viewer sued.", "US", "United States")).toBe(false);
    expect(actor("The UK lender has cut rates.", "UK", "United Kingdom")).toBe(false);
  });

  it("GIVEN 'US officials said' or 'Russia insists talks are over' THEN the place acts", () => {
    expect(actor("US officials said no.", "US", "United States")).toBe(true);
    expect(actor("Russia insists talks are over.", "Russia", "Russia")).toBe(true);
    expect(actor("Russia rejected the plan.", "Russia", "Russia")).toBe(true);
    const services = "He says UK security services were involved.";
    expect(actor(services, "UK", "United Kingdom")).toBe(true);
  });
});
