import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import type { Person, Quote } from "../../src/core/card/card-schema.js";
import { findDisagreement } from "../../src/core/disagreement/find-disagreement.js";
import { findPlaces } from "../../src/core/places/find-places.js";

const person = (name: string, role: string | null): Person => ({
  name,
  role,
  aliases: [],
  quoteCount: 0,
});

const article = [
  "Beijing, Washington at odds over tariffs",
  "",
  "The United States and China failed to resolve their dispute over tariffs on steel on Monday, and Beijing rejected a U.S. demand to cut its exports.",
  "",
  "Chinese Commerce Minister Li Wei said the tariffs should be lifted at once.",
  "",
  "U.S. Trade Representative Anna Cole said America would keep the steel tariffs until exports fell.",
  "",
  "Li also clashed with Cole over how to treat farm subsidies, which he said America must cut.",
  "",
  "Cole said subsidies in America would stay.",
  "",
  "Li said the farm subsidies were unfair to Chinese growers.",
].join("\n");
const people = [
  { ...person("Li Wei", "Chinese Commerce Minister"), aliases: ["Li"] },
  person("Anna Cole", "U.S. Trade Representative"),
];

describe("findDisagreement", () => {
  it("GIVEN two countries named several ways THEN they are two parties, each with grounded evidence", () => {
    const d = findDisagreement(readArticle({ text: article }), [], people);
    expect(d?.sides.map((s) => s.party).sort()).toEqual(["China", "United States"]);
    expect(d?.topic).toMatch(/tariffs/);
    for (const side of d?.sides ?? []) {
      expect(side.evidence.length).toBeGreaterThan(0);
      for (const e of side.evidence) expect(article.slice(e.start, e.end)).toBe(e.text);
    }
    const china = d?.sides.find((s) => s.party === "China");
    const evidence = china?.evidence.map((e) => article.slice(e.start, e.end)).join(" ");
    expect(evidence).toContain("tariffs should be lifted");
    expect(china?.position).toMatch(/rejected a U.S. demand|tariffs should be lifted/);
  });

  it("GIVEN a second dispute on another topic THEN it is listed under also", () => {
    const d = findDisagreement(readArticle({ text: article }), [], people);
    expect(d?.also?.[0]?.topic).toMatch(/farm subsidies/);
  });

  it("GIVEN a speaker whose role names a country THEN their quote is evidence for that country", () => {
    const text =
      "H\n\nRussia and the U.S. clashed over the shield.\n\n“The shield must be frozen,” Ivanov said.\n\nWashington rejected any halt to the shield.";
    const start = text.indexOf("The shield must");
    const quote: Quote = {
      text: "The shield must be frozen",
      start,
      end: start + "The shield must be frozen".length,
      kind: "direct",
      speaker: { name: "Igor Ivanov", role: "Russian Foreign Minister", anonymous: false },
    };
    const d = findDisagreement(
      readArticle({ text }),
      [quote],
      [person("Igor Ivanov", "Russian Foreign Minister")],
    );
    const russia = d?.sides.find((s) => s.party === "Russia");
    expect(russia?.evidence).toContainEqual({
      start: quote.start,
      end: quote.end,
      text: quote.text,
    });
  });

  it("GIVEN one passing remark of criticism deep in the body THEN there is no disagreement", () => {
    const text =
      "Shares rise\n\nShares in London rose on Tuesday.\n\nTraders were busy all day.\n\nRussia later criticised the United States in a short statement.";
    expect(findDisagreement(readArticle({ text }), [], [])).toBeNull();
  });

  it("GIVEN an article without a conflict THEN there is no disagreement", () => {
    const text =
      "Shares rise\n\nShares in London rose on Tuesday as Japanese investors bought British banks.";
    expect(findDisagreement(readArticle({ text }), [], [])).toBeNull();
  });

  it("GIVEN metonyms THEN findPlaces maps them to one country", () => {
    const places = findPlaces(
      "Washington, the U.S., America and American officials; Moscow, the Kremlin and Russian troops.",
    );
    expect([...new Set(places.map((p) => p.place))]).toEqual(["United States", "Russia"]);
    expect(places).toHaveLength(7);
    expect(findPlaces("let us go")).toEqual([]);
  });
});

describe("findPlaces", () => {
  it("GIVEN a capital inside a longer name THEN it is not the country", () => {
    const text =
      "Real Madrid beat the Washington Post team in London Stock Exchange week, and Moscow said no.";
    expect(findPlaces(text).map((p) => text.slice(p.start, p.end))).toEqual(["Moscow"]);
  });
});
