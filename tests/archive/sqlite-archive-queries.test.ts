import { beforeEach, describe, expect, it } from "vitest";
import type { SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { curly, monday, smiths, tuesday } from "./fixtures/articles.js";
import { tempArchive } from "./fixtures/temp-archive.js";

let archive: SqliteArchive;
let tick: () => string;

beforeEach(async () => {
  ({ archive, tick } = tempArchive());
  for (const a of [monday, tuesday, smiths, curly]) {
    tick();
    await archive.ingest(a.input, {
      sourceId: a === curly ? "feed:example.com/rss" : "file",
      card: a.card,
    });
  }
});

async function whoSaidName(phrase: string): Promise<string | null | undefined> {
  const result = await archive.whoSaid(phrase);
  return result.ok ? result.value[0]?.speaker.name : undefined;
}

describe("whoSaid", () => {
  it("GIVEN the exact phrase THEN it names the speaker with role, article and exact words", async () => {
    const result = await archive.whoSaid("should be frozen");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [best] = result.value;
    expect(best?.speaker).toMatchObject({
      name: "Sergei Lavrov",
      role: "Russian Foreign Minister",
      anonymous: false,
    });
    expect(best?.text).toBe("should be frozen until the inspectors report");
    expect(best?.article).toMatchObject({
      headline: "Russia warns on Iran sanctions",
      date: "2007-10-08",
    });
    expect(monday.input.text.slice(best?.start, best?.end)).toBe(best?.text);
  });

  it.each([
    ["curly vs straight quotes", "We're not ruling anything out", "a U.S. official"],
    ["case and punctuation", "WE WILL NOT ACCEPT... ultimatums!", "Sergei Lavrov"],
    ["a partial phrase", "the inspectors report", "Sergei Lavrov"],
    ["a phrase cut mid-word", "no longer serves Rus", "Vladimir Putin"],
    ["a small typo", "should be frozn", "Sergei Lavrov"],
    ["surrounding quote marks", "“prices will fall”", "Jane Smith"],
  ])("GIVEN %s THEN it still finds the speaker", async (_case, phrase, name) => {
    expect(await whoSaidName(phrase)).toBe(name);
  });

  it("GIVEN a phrase two quotes share partly THEN the closer one ranks first", async () => {
    const result = await archive.whoSaid("we will all regret");
    expect(result.ok && result.value.map((m) => m.text)).toEqual(["a mistake we will all regret."]);
  });

  it("GIVEN a phrase nobody said THEN it is an honest no-match", async () => {
    const result = await archive.whoSaid("bananas are the future of aviation");
    expect(result).toMatchObject({ ok: false, error: { code: "no-match" }, alternatives: [] });
  });

  it("GIVEN a phrase half right THEN no-match comes with the near miss as an alternative", async () => {
    const result = await archive.whoSaid("the harvest was excellent and abundant");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("no-match");
    expect(result.alternatives.map((m) => m.speaker.name)).toEqual(["John Smith"]);
  });

  it("GIVEN only punctuation or a 5,000-character phrase THEN it says the query is unusable", async () => {
    expect(await archive.whoSaid(" ?!“” ")).toMatchObject({
      ok: false,
      error: { code: "invalid-query" },
    });
    expect(await archive.whoSaid("word ".repeat(1000))).toMatchObject({
      ok: false,
      error: { code: "invalid-query" },
    });
  });
});

describe("people and quotesBy", () => {
  it("GIVEN Monday's 'Lavrov' and Tuesday's 'Sergei Lavrov' THEN they are one person", async () => {
    const result = await archive.quotesBy("Lavrov");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person.name).toBe("Sergei Lavrov");
    expect(result.value.quotes.map((q) => q.article.date)).toEqual([
      "2007-10-09",
      "2007-10-08",
      "2007-10-08",
      "2007-10-08",
    ]);
    expect(result.value.quotes.map((q) => q.kind)).toContain("indirect");
  });

  it.each(["Putin", "Vladimir Putin", "President Putin", "putin's"])(
    "GIVEN %s THEN it resolves to Vladimir Putin",
    async (name) => {
      const result = await archive.quotesBy(name);
      expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual([
        "no longer serves Russia's interests.",
      ]);
    },
  );

  it("GIVEN 'about <topic>' THEN only those quotes are listed", async () => {
    const result = await archive.quotesBy("Lavrov", { about: "Iran" });
    expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual(["Iran posed no threat"]);
  });

  it("GIVEN a topic the person never spoke about THEN it is a no-match naming the person", async () => {
    const result = await archive.quotesBy("Putin", { about: "football" });
    // The person is found: no "did you mean" alternatives that would contradict the message.
    expect(result).toMatchObject({
      ok: false,
      error: { code: "no-match", message: expect.stringContaining("Vladimir Putin") },
      alternatives: [],
    });
  });

  it("GIVEN two different Smiths quoted alike THEN they stay two people and a bare 'Smith' is ambiguous", async () => {
    const result = await archive.quotesBy("Smith");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("ambiguous-person");
    expect(result.alternatives.map((p) => p.name).sort()).toEqual(["Jane Smith", "John Smith"]);
    const jane = await archive.quotesBy("Jane Smith");
    expect(jane.ok && jane.value.quotes.map((q) => q.text)).toEqual([
      "prices will fall by spring.",
    ]);
  });

  it("GIVEN a misspelt name THEN no-match suggests the near name", async () => {
    const result = await archive.quotesBy("Lavrof");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "no-match" },
      alternatives: [{ name: "Sergei Lavrov" }],
    });
  });

  it("GIVEN whoIs THEN it gives the roles and the articles, newest first", async () => {
    const result = await archive.whoIs("Mr Lavrov");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.person.roles).toEqual(["Russian Foreign Minister"]);
    expect(result.value.person.aliases).toEqual(
      expect.arrayContaining(["Lavrov", "Sergei Lavrov"]),
    );
    expect(result.value.articles.map((a) => a.headline)).toEqual([
      "Putin questions missile treaty",
      "Russia warns on Iran sanctions",
    ]);
    expect(result.value.quoteCount).toBe(4);
  });

  it("GIVEN an unknown person THEN whoIs says so", async () => {
    expect(await archive.whoIs("Nobody Atall")).toMatchObject({
      ok: false,
      error: { code: "no-match" },
    });
  });
});

describe("cards", () => {
  it("GIVEN newSince a time THEN only later articles come, oldest first, optionally by source", async () => {
    const all = (await archive.newSince("2026-11-28T06:00:01.500Z")).map((c) => c.card.id);
    expect(all).toEqual(["tuesday", "smiths", "curly"]);
    expect(
      (await archive.newSince("2026-11-28T06:00:00.000Z", ["feed:example.com/rss"])).map(
        (c) => c.card.id,
      ),
    ).toEqual(["curly"]);
    expect(await archive.newSince("2026-11-28T06:00:00.000Z", [])).toEqual([]);
  });

  it("GIVEN latestCards and findArticles THEN the newest and the matching come back", async () => {
    expect((await archive.latestCards()).map((c) => c.card.id)).toEqual(["curly"]);
    expect((await archive.findArticles("missile treaty")).map((c) => c.card.id)).toEqual([
      "tuesday",
    ]);
    expect(await archive.findArticles("zeppelin")).toEqual([]);
  });
});

describe("one quote carried by several articles", () => {
  it("GIVEN the same story under two URLs THEN whoSaid and quotesBy show the quote once, from the newest", async () => {
    const text = `${tuesday.input.text}\n\nReporting by a second outlet.`;
    tick();
    const copy = await archive.ingest(
      { ...tuesday.input, id: "tuesday-copy", text, date: "2007-10-10" },
      {
        sourceId: "feed:other",
        url: "https://other.example/putin",
        card: { ...tuesday.card, date: "2007-10-10" },
      },
    );
    const said = await archive.whoSaid("no longer serves");
    expect(said.ok && said.value.map((m) => m.article.id)).toEqual([copy.articleId]);
    const quotes = await archive.quotesBy("Putin");
    expect(quotes.ok && quotes.value.quotes.map((q) => q.article.id)).toEqual([copy.articleId]);
  });
});
