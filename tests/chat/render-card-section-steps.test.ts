import { describe, expect, it } from "vitest";
import type { NextStep, Quote } from "../../src/core/card/card-schema.js";
import { topSteps } from "../../src/app/render/compact-steps.js";
import { renderCardSection } from "../../src/app/render/render-card-section.js";
import { testCard } from "../fixtures/test-card.js";

const step = (
  text: string,
  start: number,
  when: string | null,
  whenText: string | null = null,
): NextStep => ({
  text,
  start,
  end: start + text.length,
  actor: null,
  when,
  whenText,
  conditional: false,
});
const quote = (text: string, start: number): Quote => ({
  text,
  start,
  end: start + text.length,
  kind: "direct",
  speaker: { name: "Ann Lee", role: "mayor", anonymous: false },
});

describe("compact next steps", () => {
  const vague = step("Prices will keep rising", 10, null);
  const late = step("The vote will be held in March", 100, "2005-03", "in March");
  const soon = step("The board will meet on Tuesday", 200, "2005-01-11", "on Tuesday");
  const quoted = step("We will build the bridge next year", 300, "2006", "next year");

  it("GIVEN dated and undated steps THEN dated ones come first, soonest first, then article order", () => {
    expect(topSteps([vague, late, soon], [], 3).map((s) => s.text)).toEqual([
      soon.text,
      late.text,
      vague.text,
    ]);
  });

  it("GIVEN dated steps with and without a named actor THEN the ones with an actor first, soonest first", () => {
    const byMayor = {
      ...step("The mayor will sign the order in April", 400, "2005-04", "in April"),
      actor: "Ann Lee",
    };
    const byCouncil = {
      ...step("The council will vote on Tuesday", 500, "2005-01-11", "on Tuesday"),
      actor: "council",
    };
    const nobody = step("A ruling is expected on Monday", 600, "2005-01-10", "on Monday");
    const someday = step("Talks will resume next month", 700, null, "next month");
    expect(
      topSteps([vague, someday, nobody, byMayor, byCouncil], [], 5).map((s) => s.text),
    ).toEqual([byCouncil.text, byMayor.text, nobody.text, someday.text, vague.text]);
  });

  it("GIVEN a shown quote whose words a step contains elsewhere in the article THEN the step is not shown", () => {
    const lead = step("Ann Lee said we will build the bridge next year", 5, "2006", "next year");
    const shown = [quote("We will build the bridge next year,", 300)];
    expect(topSteps([lead, vague], shown, 3)).toEqual([vague]);
  });

  it("GIVEN a shown scare quote of two words inside a step THEN the step still shows", () => {
    const talks = step("The talks he called a farce will resume on Monday", 40, "2005-01-17");
    expect(topSteps([talks], [quote("a farce", 55)], 3)).toEqual([talks]);
  });

  it("GIVEN a side's position THEN a step wholly inside it is not shown, a step that adds to it is", () => {
    const vote = step("The council will vote on Tuesday", 500, "2005-01-11", "on Tuesday");
    const position = { text: "Says the council will vote on Tuesday.", summary: true };
    expect(topSteps([vote, vague], [position], 3)).toEqual([vague]);
    const broad = { text: "wants the bridge", summary: true };
    const plan = step("Ann Lee wants the bridge built by May", 800, "2005-05", "by May");
    expect(topSteps([plan], [broad], 3)).toEqual([plan]);
  });

  it("GIVEN a step that repeats a quote already shown THEN it is not shown twice", () => {
    const shown = [quote("We will build the bridge next year,", 300)];
    expect(topSteps([quoted, vague], shown, 3)).toEqual([vague]);
    expect(topSteps([quoted, vague], [], 3)).toEqual([quoted, vague]);
  });
});

describe("GIVEN a card with a disagreement, a promise quoted and two steps", () => {
  const text = [
    "Council split over bridge",
    "",
    "The council and the mayor disagree over the bridge.",
    "\u201cWe will build the bridge next year,\u201d the mayor, Ann Lee, said.",
    "Opponents say the plan costs too much.",
    "Residents may object. The council will vote on Tuesday.",
  ].join("\n");
  const card = testCard({
    id: "bridge",
    text,
    date: "2005-01-10",
    quotes: [{ words: "We will build the bridge next year,", name: "Ann Lee", role: "mayor" }],
    sides: [
      ["Ann Lee", "wants the bridge", "We will build the bridge next year"],
      ["Opponents", "say it costs too much", "Opponents say the plan costs too much"],
    ],
    nextSteps: [
      { words: "We will build the bridge next year", actor: "Ann Lee", when: "2006" },
      { words: "Residents may object", actor: null, when: null },
      { words: "The council will vote on Tuesday", actor: "council", when: "2005-01-11" },
    ],
  });

  it("THEN the disagreement comes first, the quote once, and the dated step before the undated one", () => {
    const section = renderCardSection(card, { maxQuotes: 2, maxNextSteps: 2 });
    expect(section.blocks.map((b) => b.type)).toEqual(["paragraph", "fields", "quote", "list"]);
    const list = section.blocks.at(-1);
    expect(list?.type === "list" ? list.items : []).toEqual([
      "The council will vote on Tuesday — council — by 2005-01-11",
      "Residents may object",
    ]);
  });
});

describe("compact quotes", () => {
  it("GIVEN a report nested in a longer report of the same speaker THEN its words are shown once", () => {
    const card = testCard({
      id: "nested",
      text: "Ann Lee says he sees no sign of a deal. Bo Park sees no sign of a deal either.",
      quotes: [
        { words: "he sees no sign of a deal", name: "Ann Lee", kind: "indirect" },
        { words: "sees no sign of a deal", name: "Ann Lee", kind: "indirect" },
        { words: "Park sees no sign of a deal", name: "Bo Park", kind: "indirect" },
      ],
    });
    const shown = renderCardSection(card, { maxQuotes: 3 }).blocks.flatMap((b) =>
      b.type === "quote" ? [`${b.text} / ${b.attribution}`] : [],
    );
    expect(shown).toEqual([
      "he sees no sign of a deal / Ann Lee (reported speech)",
      "Park sees no sign of a deal / Bo Park (reported speech)",
    ]);
  });
});
