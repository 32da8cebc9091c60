import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/core/article/read-article.js";
import { attributeQuotes } from "../../src/core/quotes/attribute-quotes.js";

/** Hand-written sentences (not from any corpus), one rule class each. */
function reported(body: string): Array<[string, string | null, string | undefined]> {
  const text = `Headline for a test\n\n${body}`;
  const { quotes } = attributeQuotes(readArticle({ text }));
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes.filter((q) => q.kind === "indirect").map((q) => [q.text, q.speaker.name, q.cue]);
}

describe("reported speech carried by a noun of stance after a possessor", () => {
  it("GIVEN a name's decision to act THEN the complement is reported, the name its holder", () => {
    expect(
      reported("Mayor Dana Hollis's decision to close the county library has angered parents."),
    ).toEqual([["to close the county library", "Dana Hollis", "decision"]]);
  });

  it("GIVEN 'his' before the noun THEN the pronoun resolves as a cue's pronoun does", () => {
    expect(
      reported(
        "Tom Reyes spoke in Dover on Monday. His plan to repave every road in the county was cheered.",
      ),
    ).toEqual([["to repave every road in the county", "Tom Reyes", "plan"]]);
  });

  it("GIVEN 'not to' or 'that' after the noun THEN the negation is kept and 'that' dropped", () => {
    expect(reported("Dana Hollis's decision not to fund the stadium was popular.")).toEqual([
      ["not to fund the stadium", "Dana Hollis", "decision"],
    ]);
    expect(
      reported("Dana Hollis's claim that the mill is safe, made in May, drew laughter."),
    ).toEqual([["the mill is safe", "Dana Hollis", "claim"]]);
  });

  it("GIVEN a past-tense main verb after the complement THEN the content stops before it", () => {
    expect(
      reported("Dana Hollis's criticism of the harbor board helped her win the race."),
    ).toEqual([["of the harbor board", "Dana Hollis", "criticism"]]);
  });

  it("GIVEN the possessor as the object of someone else's verb THEN nothing is reported for it", () => {
    expect(reported("The union praised Dana Hollis's proposal to raise the minimum wage.")).toEqual(
      [["praised Dana Hollis's proposal to raise the minimum wage", "The union", undefined]],
    );
  });

  it("GIVEN a place as the possessor THEN it holds no position", () => {
    expect(reported("Ohio's plan to raise the minimum wage is unusual.")).toEqual([]);
  });

  it("GIVEN a noun outside the list THEN nothing is reported", () => {
    expect(reported("Dana Hollis's trip to the county fair was short.")).toEqual([]);
  });

  it("GIVEN a light verb with a stance noun THEN the verb's subject holds the complement", () => {
    expect(reported("Dana Hollis made an urgent call for a new county hospital.")).toEqual([
      ["for a new county hospital", "Dana Hollis", "call"],
    ]);
    expect(reported("Tom Reyes made the case that the harbor needs dredging.")).toEqual([
      ["the harbor needs dredging", "Tom Reyes", "case"],
    ]);
  });

  it("GIVEN a possessive inside the possessor's modifiers THEN one holder is read, once", () => {
    expect(
      reported("Tom Reyes left early. His party's plan to cut the budget was rejected."),
    ).toEqual([["to cut the budget", "His party", "plan"]]);
  });

  it("GIVEN 'his' after a preposition that hangs on no verb of speech THEN the subject holds it", () => {
    expect(reported("Dana Hollis never backed away from her pledge to repave every road.")).toEqual(
      [["to repave every road", "Dana Hollis", "pledge"]],
    );
    expect(reported("The union praised Dana Hollis for her plan to repave every road.")).toEqual([
      ["praised Dana Hollis for her plan to repave every road", "The union", undefined],
    ]);
  });

  it("GIVEN 'made it clear that' THEN the clause after 'that' is the subject's", () => {
    expect(reported("Dana Hollis made it clear that the mill will stay open.")).toEqual([
      ["the mill will stay open", "Dana Hollis", "made clear"],
    ]);
  });

  it("GIVEN a 'that' clause with a verb of its own THEN the content stops at the main verb", () => {
    expect(reported("Dana Hollis's claim that the mill was safe is now in doubt.")).toEqual([
      ["the mill was safe", "Dana Hollis", "claim"],
    ]);
  });

  it("GIVEN a present-tense main verb after the complement THEN the content stops before it", () => {
    expect(reported("Dana Hollis's decision to sell the mill reflects a new mood.")).toEqual([
      ["to sell the mill", "Dana Hollis", "decision"],
    ]);
  });

  it("GIVEN 'in X's view' framing a sentence THEN the sentence is X's", () => {
    expect(
      reported("In Professor Dana Hollis's view, the tax would cut emissions by half."),
    ).toEqual([["the tax would cut emissions by half", "Dana Hollis", "view"]]);
    expect(
      reported("Tom Reyes spoke on Monday. The harbor will need dredging every year, in his view."),
    ).toEqual([["The harbor will need dredging every year", "Tom Reyes", "view"]]);
  });

  it("GIVEN 'and his' after the complement THEN the next list item is left out", () => {
    expect(
      reported(
        "Tom Reyes spoke. His plan to repave every road and his choice of mayor drew notice.",
      ),
    ).toEqual([["to repave every road", "Tom Reyes", "plan"]]);
  });
});
