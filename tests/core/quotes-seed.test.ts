import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

const seed = readFileSync(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url), "utf8");
const { quotes, people } = attributeQuotes(readArticle({ text: seed, date: "2007-10-12" }));
const direct = quotes.filter((q) => q.kind === "direct");

describe("attributeQuotes on the seed article", () => {
  it("GIVEN the seed THEN every quote is the article's exact words", () => {
    for (const q of quotes) expect(seed.slice(q.start, q.end)).toBe(q.text);
  });

  it("GIVEN the seed THEN the seven direct quotes have their speakers", () => {
    expect(direct.map((q) => [q.text.slice(0, 24), q.speaker.name, q.speaker.anonymous])).toEqual([
      ["We believe that to make ", "Sergei Lavrov", false],
      ["We will work during this", "Condoleezza Rice", false],
      ["What you saw playing to ", "Geoff Morrell", false],
      ["Such unilateral actions ", "Sergei Lavrov", false],
      ["The United States does n", "Condoleezza Rice", false],
      ["I don’t think we expecte", "a U.S. official", true],
      ["I think we did make prog", "a U.S. official", true],
    ]);
  });

  it("GIVEN a pronoun speaker THEN the evidence points at the pronoun and at the name it stands for", () => {
    const rice = direct[1];
    const spans = (rice?.speaker.evidence ?? []).map((s) => seed.slice(s.start, s.end));
    expect(spans).toEqual(["she", "Rice"]);
  });

  it("GIVEN the seed THEN the people carry roles from pre-modifiers and appositions", () => {
    const roles = Object.fromEntries(people.map((p) => [p.name, p.role]));
    expect(roles).toMatchObject({
      "Sergei Lavrov": "Russian Foreign Minister",
      "Condoleezza Rice": "U.S. Secretary of State",
      "Robert Gates": "U.S. Defense Secretary",
      "Vladimir Putin": expect.stringContaining("President"),
      "Geoff Morrell": "Pentagon press secretary",
      "Simon Saradzhyan": "independent security analyst in Moscow",
    });
    expect(people.find((p) => p.name === "Sergei Lavrov")?.aliases).toContain("Lavrov");
  });

  it("GIVEN the reporter's credit THEN he is neither a speaker nor a person", () => {
    expect(quotes.some((q) => q.speaker.name?.includes("Faulconbridge"))).toBe(false);
    expect(people.some((p) => p.name.includes("Faulconbridge"))).toBe(false);
  });

  it("GIVEN Putin's reported remarks THEN they are indirect quotes with the reported content", () => {
    const putin = quotes.filter((q) => q.kind === "indirect" && q.speaker.name === "Vladimir Putin").map((q) => q.text);
    expect(putin).toContain(
      "Russia might pull out of the Intermediate-Range Nuclear Forces (INF) Treaty unless it was expanded to include limits on other countries’ armaments",
    );
    expect(putin).toContain("he sees no evidence of a bomb-making program");
  });
});
