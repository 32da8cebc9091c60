import { describe, expect, it } from "vitest";
import { composeBriefing } from "../../src/app/briefings/compose-briefing.js";
import { renderCardSection } from "../../src/app/render/render-card-section.js";
import { truncateText } from "../../src/app/render/split-text.js";
import { damArticle, harbourArticle } from "./fixtures/articles.js";
import { testCard } from "../fixtures/test-card.js";

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("truncateText", () => {
  it("GIVEN text that fits THEN it is unchanged", () => {
    expect(truncateText("short", 5)).toBe("short");
  });

  it("GIVEN a cut that would fall inside a surrogate pair or an emoji sequence THEN it cuts before it", () => {
    for (let max = 2; max < 22; max++) {
      const cut = truncateText("ab😀cd👩‍👩‍👧ef🇺🇦gh", max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(loneSurrogate);
      expect(cut.endsWith("…")).toBe(true);
      expect(cut).not.toMatch(/\u200D…$/);
    }
  });
});

describe("renderCardSection", () => {
  it("GIVEN a card THEN headline, disagreement, direct quotes first with speaker and role, next steps with dates", () => {
    const section = renderCardSection(testCard(damArticle), { maxQuotes: 2 });
    expect(section.title).toBe("Ministers clash over river dam");
    expect(section.blocks).toEqual([
      { type: "paragraph", text: "At odds: Anna Keller vs Marco Rossi — the river dam" },
      {
        type: "fields",
        fields: [
          { name: "Anna Keller", value: "pause the dam until the study is done" },
          { name: "Marco Rossi", value: "start building in March" },
        ],
      },
      {
        type: "quote",
        kind: "direct",
        text: "The project should be paused until the study is done,",
        attribution: "Anna Keller, Swiss environment minister",
      },
      {
        type: "quote",
        kind: "direct",
        text: "We will not wait another year,",
        attribution: "Marco Rossi, Italian infrastructure minister",
      },
      {
        type: "list",
        items: ["Keller will meet the builders next week. — Anna Keller — by 2026-11-27"],
      },
    ]);
    expect(section.footer).toBe(
      "2026-11-20 · 1 more quote: /quotes Marco Rossi, /quotes Anna Keller",
    );
  });

  it("GIVEN a huge quote THEN it is shortened at a character boundary", () => {
    const text = `Long talk\n\n"${"🙂 word ".repeat(400)}" said Ann Lee, a mayor.`;
    const words = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));
    const section = renderCardSection(
      testCard({ id: "long", text, quotes: [{ words, name: "Ann Lee", role: "mayor" }] }),
    );
    const quote = section.blocks.find((b) => b.type === "quote");
    expect(quote?.type === "quote" && quote.text.length).toBeLessThanOrEqual(900);
    expect(quote?.type === "quote" && quote.text).not.toMatch(loneSurrogate);
  });
});

describe("composeBriefing", () => {
  const archived = (spec: typeof damArticle, id: number, addedAt: string) => ({
    article: {
      id,
      headline: spec.text.split("\n")[0] ?? "",
      date: spec.date ?? null,
      url: null,
      sourceId: "file",
      addedAt,
    },
    card: testCard(spec),
  });

  it("GIVEN more cards than fit THEN the sharpest first, the rest listed with a pointer, and the cut-off is the newest", () => {
    const cards = [
      archived(harbourArticle, 1, "2026-11-28T01:00:00.000Z"),
      archived(damArticle, 2, "2026-11-28T00:30:00.000Z"),
    ];
    const composed = composeBriefing(cards, { maxCards: 1, quietWhenEmpty: false });
    expect(composed.reply?.sections[0]?.title).toBe("Ministers clash over river dam");
    expect(composed.reply?.sections[1]?.footer).toBe(
      "1 more new article: ask /brief <words> for any of them.",
    );
    expect(composed.until).toBe("2026-11-28T01:00:00.000Z");
  });

  it("GIVEN no cards THEN one line, or nothing when quiet", () => {
    expect(composeBriefing([], { maxCards: 5, quietWhenEmpty: false }).reply?.text).toBe(
      "Nothing new since the last briefing.",
    );
    expect(composeBriefing([], { maxCards: 5, quietWhenEmpty: true })).toEqual({
      reply: null,
      until: null,
      count: 0,
      sourceIds: [],
    });
  });
});
