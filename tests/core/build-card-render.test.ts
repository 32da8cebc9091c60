import { describe, expect, it } from "vitest";
import { buildCard } from "../../src/core/build-card.js";
import { briefingCardSchema } from "../../src/core/card/card-schema.js";
import { renderCardMarkdown } from "../../src/core/card/render-card-markdown.js";
import { renderCardText } from "../../src/core/card/render-card-text.js";

const markdown = [
  "---",
  "title: Council split over *budget*",
  "date: 2024-05-01",
  "url: https://example.com/budget",
  "source: Example Times",
  "---",
  "# Council split over *budget*",
  "",
  "LONDON (Example) - Britain and France clashed over the budget on Tuesday, and Paris rejected a British demand to cut farm aid.",
  "",
  "The ministers will meet again next week.",
  "",
  "Britain said the budget must cut farm aid.",
  "",
  "![chart](https://example.com/c.png)",
].join("\n");

describe("buildCard", () => {
  it("GIVEN Markdown with front matter THEN the card carries its metadata and passes the schema", () => {
    const card = briefingCardSchema.parse(buildCard({ text: markdown }));
    expect(card).toMatchObject({
      headline: "Council split over *budget*",
      date: "2024-05-01",
      source: { url: "https://example.com/budget", publisher: "Example Times" },
    });
    expect(card.id).toMatch(/^[0-9a-f]{16}$/);
    expect(card.summary[0]).toMatch(/^Britain and France clashed/);
    expect(card.nextSteps[0]).toMatchObject({
      when: "2024-05-08",
      text: "The ministers will meet again next week",
    });
    expect(card.disagreement?.sides.map((s) => s.party).sort()).toEqual([
      "France",
      "United Kingdom",
    ]);
  });

  it("GIVEN the same text twice THEN the same card (deterministic)", () => {
    expect(buildCard({ text: markdown })).toEqual(buildCard({ text: markdown }));
  });

  it("GIVEN an article with no body THEN the summary falls back to the headline", () => {
    expect(buildCard({ text: "Only a headline" }).summary).toEqual(["Only a headline"]);
  });
});

describe("renderCardText and renderCardMarkdown", () => {
  const card = buildCard({ text: markdown });

  it("GIVEN a card THEN the text shows every section within 96 columns", () => {
    const text = renderCardText(card);
    expect(text.startsWith("COUNCIL SPLIT OVER *BUDGET*\n2024-05-01 · Example Times")).toBe(true);
    expect(text).toContain("KEY DISAGREEMENT: ");
    expect(text).toContain(
      "[next week, 2024-05-08 · actor unclear] The ministers will meet again next week",
    );
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(96);
  });

  it("GIVEN article text with Markdown characters THEN the Markdown escapes them", () => {
    const md = renderCardMarkdown(card);
    expect(md.startsWith("## Council split over \\*budget\\*\n")).toBe(true);
    expect(md).toContain("### Next steps (1)");
  });

  it("GIVEN direct and reported speech THEN only the speaker's own words get quotation marks", () => {
    const speaker = { name: "Ann Lee", role: "minister", anonymous: false };
    const quoted = {
      ...card,
      quotes: [
        { text: "We will win", start: 0, end: 11, kind: "direct" as const, speaker },
        { text: "the plan had failed", start: 20, end: 39, kind: "indirect" as const, speaker },
      ],
    };
    for (const output of [renderCardText(quoted), renderCardMarkdown(quoted)]) {
      expect(output).toContain("“We will win” — Ann Lee, minister");
      expect(output).toContain("Ann Lee, minister (reported): the plan had failed");
      expect(output).not.toContain("“the plan had failed”");
    }
  });
});

describe("rendered quotes", () => {
  it("GIVEN a clause reported twice by one speaker ('says he sees …' and 'sees …') THEN the text and Markdown cards show it once", () => {
    const card = buildCard({
      text: "Mayors meet in Leeds\n\nMayor Dana Hollis says she sees no sign of a budget deal this year.",
    });
    const reported = card.quotes.filter((q) => q.kind === "indirect").map((q) => q.text);
    expect(reported).toEqual([
      "she sees no sign of a budget deal this year",
      "sees no sign of a budget deal this year",
    ]);
    // The quotes section alone: the summary may carry the sentence too.
    const text = renderCardText(card).split("QUOTES")[1]?.split("NEXT STEPS")[0] ?? "";
    const md = renderCardMarkdown(card).split("### Quotes")[1]?.split("###")[0] ?? "";
    for (const section of [text, md]) {
      expect(section.match(/sees no sign of a budget deal/g)?.length).toBe(1);
      expect(section).toContain("she sees no sign of a budget deal this year");
    }
  });
});
