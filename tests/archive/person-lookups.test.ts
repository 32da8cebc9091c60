import { beforeEach, describe, expect, it } from "vitest";
import type { SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { namesakeArticles } from "../fixtures/namesake-articles.js";
import { testCard } from "../fixtures/test-card.js";
import { tempArchive } from "./fixtures/temp-archive.js";

let archive: SqliteArchive;

beforeEach(async () => {
  const made = tempArchive();
  archive = made.archive;
  for (const spec of namesakeArticles) {
    made.tick();
    await archive.ingest(
      { id: spec.id, text: spec.text, ...(spec.date ? { date: spec.date } : {}) },
      { sourceId: "file", path: `${spec.id}.txt`, card: testCard(spec) },
    );
  }
});

async function quotedNames(person: string, about?: string) {
  const result = await archive.quotesBy(person, about ? { about } : {});
  if (!result.ok) return result.error.code;
  return { person: result.value.person.name, namesakes: result.value.namesakes.map((p) => p.name) };
}

describe("a surname several people carry", () => {
  it.each(["Blair", "Mr Blair", "blair's"])(
    "GIVEN %s THEN it means the most quoted Blair, the others offered as namesakes",
    async (name) => {
      expect(await quotedNames(name)).toEqual({
        person: "Tony Blair",
        namesakes: expect.arrayContaining(["Cherie Blair", "Ian Blair"]),
      });
    },
  );

  it("GIVEN namesakes equally quoted THEN the more recently quoted one leads", async () => {
    // Cherie (2004-03-01) and Ian Blair (2004-03-05) have one quote each.
    const result = await archive.quotesBy("Blair");
    expect(result.ok && result.value.namesakes.map((p) => p.name)).toEqual([
      "Ian Blair",
      "Cherie Blair",
    ]);
  });

  it("GIVEN a full name THEN that person, with no namesakes", async () => {
    expect(await quotedNames("Cherie Blair")).toEqual({ person: "Cherie Blair", namesakes: [] });
  });

  it("GIVEN a first name that contradicts every Blair THEN no one, with the Blairs as near names", async () => {
    const result = await archive.quotesBy("John Blair");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("no-match");
    expect(result.alternatives.map((p) => p.name)).toContain("Tony Blair");
  });

  it("GIVEN a topic only a namesake spoke about THEN that namesake answers", async () => {
    expect(await quotedNames("Kennedy", "the harvest")).toEqual({
      person: "Jane Kennedy",
      namesakes: ["Charles Kennedy"],
    });
    expect(await quotedNames("Kennedy", "Iraq")).toMatchObject({ person: "Charles Kennedy" });
  });

  it("GIVEN whoIs on a shared surname THEN a profile of the leader, never a no-match", async () => {
    const result = await archive.whoIs("Hewitt");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person.name).toBe("Patricia Hewitt");
    expect(result.value.quoteCount).toBe(3);
    expect(result.value.namesakes.map((p) => p.name)).toEqual(["Gavin Hewitt"]);
  });
});

describe("one person across articles", () => {
  it("GIVEN 'Exchequer Gordon Brown' in one card and 'Gordon Brown' in another THEN one Gordon Brown", async () => {
    const result = await archive.whoIs("Brown");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person.name).toBe("Gordon Brown");
    expect(result.value.quoteCount).toBe(3);
    expect(result.value.namesakes.map((p) => p.name)).toEqual(["Nick Brown"]);
  });

  it("GIVEN the garbled form first and the clean name later THEN one person under the clean name", async () => {
    const { archive: fresh, tick } = tempArchive();
    const [budget, reaction] = ["budget", "budget-reaction"].map((id) =>
      namesakeArticles.find((a) => a.id === id),
    );
    for (const spec of [reaction, budget]) {
      if (!spec) throw new Error("fixture missing");
      tick();
      await fresh.ingest(
        { id: spec.id, text: spec.text },
        { sourceId: "file", path: `${spec.id}.txt`, card: testCard(spec) },
      );
    }
    const result = await fresh.quotesBy("Gordon Brown");
    expect(result.ok && result.value.person.name).toBe("Gordon Brown");
    expect(result.ok && result.value.quotes).toHaveLength(3);
    await fresh.close();
  });
});

describe("topic words in their other forms", () => {
  it.each([
    ["Iraq", ["Iraqi people now have a future."]],
    [
      "election",
      ["There will be no election this spring,", "the next elections would be fought on schools"],
    ],
    ["economy", ["Our economic record speaks for itself,"]],
  ])("GIVEN about %s THEN quotes with any form of it", async (topic, texts) => {
    const result = await archive.quotesBy("Blair", { about: topic });
    expect(result.ok && result.value.quotes.map((q) => q.text).sort()).toEqual([...texts].sort());
  });

  it("GIVEN about 'the Iraq war' and no quote naming both THEN the quotes naming its core word", async () => {
    const result = await archive.quotesBy("Blair", { about: "the Iraq war" });
    expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual([
      "Iraqi people now have a future.",
    ]);
  });

  it("GIVEN a topic no quote names THEN the quotes from articles whose headline names it", async () => {
    const result = await archive.quotesBy("Blair", { about: "polls" });
    expect(result.ok && result.value.quotes.map((q) => q.article.headline)).toEqual([
      "Blair rules out an early poll",
      "Blair rules out an early poll",
    ]);
  });

  it("GIVEN about taxes THEN the quote on income tax", async () => {
    const result = await archive.quotesBy("Gordon Brown", { about: "taxes" });
    expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual([
      "there will be no rise in income tax.",
    ]);
  });

  it("GIVEN a topic the person never spoke about THEN a no-match that names the person", async () => {
    const result = await archive.quotesBy("Hewitt", { about: "football" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "no-match" });
    expect(result.error.message).toContain("Patricia Hewitt is not quoted about");
  });
});
