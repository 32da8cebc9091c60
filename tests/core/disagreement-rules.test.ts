import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { findOrganisations } from "../../src/core/disagreement/find-organisations.js";

const parties = (text: string) =>
  buildCard({ text })
    .disagreement?.sides.map((s) => s.party)
    .sort() ?? null;

describe("key disagreement from who opposes whom", () => {
  it("GIVEN a company suing another in the headline and lead THEN the two companies are the sides", () => {
    const text = [
      "Yukos sues Gazprom over auction",
      "",
      "Russian oil firm Yukos has sued gas giant Gazprom for its role in the auction of its main unit.",
      "",
      "Yukos said the sale was illegal and vowed to fight on. Gazprom said the claim had no basis.",
    ].join("\n");
    expect(parties(text)).toEqual(["Gazprom", "Yukos"]);
  });

  it("GIVEN a passive verb ('was criticised by') THEN the agent acts against the subject", () => {
    const text = [
      "Council plan under fire",
      "",
      "The Harbour Development Board was sharply criticised by the Fishermen's Association on Monday.",
      "",
      "The Fishermen's Association accused the Harbour Development Board of ignoring its members.",
    ].join("\n");
    const card = buildCard({ text });
    expect(card.disagreement?.sides.map((s) => s.party).sort()).toEqual([
      "Fishermen's Association",
      "Harbour Development Board",
    ]);
    const association = card.disagreement?.sides.find((s) => s.party === "Fishermen's Association");
    expect(association?.position).toMatch(/accused the Harbour Development Board of ignoring/i);
    for (const side of card.disagreement?.sides ?? [])
      for (const e of side.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("GIVEN a spokesman answered by a rival's spokeswoman ('However, …') THEN their bodies are the sides", () => {
    const text = [
      "Bets stopped on talent show",
      "",
      "A bookmaker has stopped taking bets on the talent show Star Search.",
      "",
      '"Somebody has leaked the result and is trying hard to take us to the cleaners," Paddy Betts spokesman Tom Ames said.',
      "",
      'However, a Star Search spokeswoman said: "Nothing has leaked and the result is wholly confidential."',
      "",
      'Mr Ames said: "The show must look at how many people know the result before the final is aired."',
      "",
      'But a Star Search spokeswoman insisted: "Our procedures are strict and we see no need to investigate."',
    ].join("\n");
    expect(parties(text)).toEqual(["Paddy Betts", "Star Search"]);
  });

  it("GIVEN a row between two named parties and an accusation THEN they are the sides, over what they dispute", () => {
    const text = [
      "Unions and ministers at odds",
      "",
      "A row between the Public Sector Union and the Finance Ministry over pension reform deepened on Tuesday.",
      "",
      "The Public Sector Union accused the Finance Ministry of breaking its promises on pension reform.",
    ].join("\n");
    const d = buildCard({ text }).disagreement;
    expect(d?.sides.map((s) => s.party).sort()).toEqual([
      "Finance Ministry",
      "Public Sector Union",
    ]);
    expect(d?.topic).toMatch(/pension reform$/);
  });

  it("GIVEN a person whose role names their party ('Tory leader') THEN the person stands in their own name", () => {
    const text = [
      "Howard attacks Blair over taxes",
      "",
      "Tory leader Michael Howard has attacked Prime Minister Tony Blair over plans to raise taxes.",
      "",
      'Mr Howard said: "Tony Blair has failed working families and his plans are wrong."',
      "",
      "Mr Blair rejected the attack and said Michael Howard's figures were false.",
    ].join("\n");
    expect(parties(text)).toEqual(["Michael Howard", "Tony Blair"]);
  });

  it("GIVEN a match report THEN there is no disagreement, though play is 'blasted' and 'denied'", () => {
    const text = [
      "Rovers edge past United",
      "",
      "Rovers beat United 2-1 at Park Lane on Saturday to go top of the league.",
      "",
      "John Smith blasted Rovers ahead after 20 minutes when United keeper Tom Brown was beaten at his near post.",
      "",
      "Brown denied Rovers a third goal with a fine save, and Peter Jones scored for United before half-time.",
      "",
      '"We deserved the win," said Rovers manager Alan Black.',
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });

  it("GIVEN a product launch THEN there is no disagreement", () => {
    const text = [
      "Apple unveils cheaper Mac",
      "",
      "Apple has unveiled a low cost Mac computer aimed at people who have never owned one.",
      "",
      '"This is the most affordable Mac ever," said chief executive Steve Jobs at the launch in San Francisco.',
      "",
      "The machine goes on sale in the US next week and in the UK later this month.",
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });

  it("GIVEN a profile THEN there is no disagreement", () => {
    const text = [
      "Comic Cyril Hale dies at 91",
      "",
      "Veteran comedian Cyril Hale, best known for his radio shows, has died at the age of 91.",
      "",
      "Born in Cardiff, he began his career in music hall and later became a regular on television.",
      "",
      '"He made the whole country laugh," said his friend and fellow comic Mary Jones.',
    ].join("\n");
    expect(buildCard({ text }).disagreement).toBeNull();
  });
});

describe("findOrganisations", () => {
  it("GIVEN bodies named several ways THEN each form maps to one body and capitalised headings are not bodies", () => {
    const text =
      "Hereford County Hospital wrote to Powys Local Health Board. Hereford Hospitals NHS Trust said Powys Health Board must pay. Bookmaker Ladbrokes said no. FELLOW doctors agree, as fellow doctors do.";
    const found = findOrganisations(text, new Set());
    const names = new Map(found.map((m) => [text.slice(m.start, m.end), m.organisation]));
    expect(names.get("Hereford County Hospital")).toBe(names.get("Hereford Hospitals NHS Trust"));
    expect(names.get("Powys Health Board")).toBe("Powys Local Health Board");
    expect(names.get("Ladbrokes")).toBe("Ladbrokes");
    expect(names.has("FELLOW")).toBe(false);
  });
});
