import { beforeEach, describe, expect, it } from "vitest";
import type { SqliteArchive } from "../../src/archive/sqlite-archive.js";
import { curly, monday, smiths, tuesday } from "./fixtures/articles.js";
import { tempArchive } from "./fixtures/temp-archive.js";

let archive: SqliteArchive;
let tick: () => string;

beforeEach(() => {
  ({ archive, tick } = tempArchive());
  for (const a of [monday, tuesday, smiths, curly]) {
    tick();
    archive.ingest(a.input, {
      sourceId: a === curly ? "feed:example.com/rss" : "file",
      card: a.card,
    });
  }
});

function whoSaidName(phrase: string): string | null | undefined {
  const result = archive.whoSaid(phrase);
  return result.ok ? result.value[0]?.speaker.name : undefined;
}

describe("whoSaid", () => {
  it("GIVEN the exact phrase THEN it names the speaker with role, article and exact words", () => {
    const result = archive.whoSaid("should be frozen");
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
  ])("GIVEN %s THEN it still finds the speaker", (_case, phrase, name) => {
    expect(whoSaidName(phrase)).toBe(name);
  });

  it("GIVEN a phrase two quotes share partly THEN the closer one ranks first", () => {
    const result = archive.whoSaid("we will all regret");
    expect(result.ok && result.value.map((m) => m.text)).toEqual(["a mistake we will all regret."]);
  });

  it("GIVEN a phrase nobody said THEN it is an honest no-match", () => {
    const result = archive.whoSaid("bananas are the future of aviation");
    expect(result).toMatchObject({ ok: false, error: { code: "no-match" }, alternatives: [] });
  });

  it("GIVEN a phrase half right THEN no-match comes with the near miss as an alternative", () => {
    const result = archive.whoSaid("the harvest was excellent and abundant");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("no-match");
    expect(result.alternatives.map((m) => m.speaker.name)).toEqual(["John Smith"]);
  });

  it("GIVEN only punctuation or a 5,000-character phrase THEN it says the query is unusable", () => {
    expect(archive.whoSaid(" ?!“” ")).toMatchObject({
      ok: false,
      error: { code: "invalid-query" },
    });
    expect(archive.whoSaid("word ".repeat(1000))).toMatchObject({
      ok: false,
      error: { code: "invalid-query" },
    });
  });
});

describe("people and quotesBy", () => {
  it("GIVEN Monday's 'Lavrov' and Tuesday's 'Sergei Lavrov' THEN they are one person", () => {
    const result = archive.quotesBy("Lavrov");
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
    (name) => {
      const result = archive.quotesBy(name);
      expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual([
        "no longer serves Russia's interests.",
      ]);
    },
  );

  it("GIVEN 'about <topic>' THEN only those quotes are listed", () => {
    const result = archive.quotesBy("Lavrov", { about: "Iran" });
    expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual(["Iran posed no threat"]);
  });

  it("GIVEN a topic the person never spoke about THEN it is a no-match naming the person", () => {
    const result = archive.quotesBy("Putin", { about: "football" });
    // The person is found: no "did you mean" alternatives that would contradict the message.
    expect(result).toMatchObject({
      ok: false,
      error: { code: "no-match", message: expect.stringContaining("Vladimir Putin") },
      alternatives: [],
    });
  });

  it("GIVEN two different Smiths quoted alike THEN they stay two people and a bare 'Smith' is ambiguous", () => {
    const result = archive.quotesBy("Smith");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("ambiguous-person");
    expect(result.alternatives.map((p) => p.name).sort()).toEqual(["Jane Smith", "John Smith"]);
    const jane = archive.quotesBy("Jane Smith");
    expect(jane.ok && jane.value.quotes.map((q) => q.text)).toEqual([
      "prices will fall by spring.",
    ]);
  });

  it("GIVEN a misspelt name THEN no-match suggests the near name", () => {
    const result = archive.quotesBy("Lavrof");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "no-match" },
      alternatives: [{ name: "Sergei Lavrov" }],
    });
  });

  it("GIVEN whoIs THEN it gives the roles and the articles, newest first", () => {
    const result = archive.whoIs("Mr Lavrov");
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

  it("GIVEN an unknown person THEN whoIs says so", () => {
    expect(archive.whoIs("Nobody Atall")).toMatchObject({ ok: false, error: { code: "no-match" } });
  });
});

describe("cards", () => {
  it("GIVEN newSince a time THEN only later articles come, oldest first, optionally by source", () => {
    const all = archive.newSince("2026-11-28T06:00:01.500Z").map((c) => c.card.id);
    expect(all).toEqual(["tuesday", "smiths", "curly"]);
    expect(
      archive.newSince("2026-11-28T06:00:00.000Z", ["feed:example.com/rss"]).map((c) => c.card.id),
    ).toEqual(["curly"]);
    expect(archive.newSince("2026-11-28T06:00:00.000Z", [])).toEqual([]);
  });

  it("GIVEN latestCards and findArticles THEN the newest and the matching come back", () => {
    expect(archive.latestCards().map((c) => c.card.id)).toEqual(["curly"]);
    expect(archive.findArticles("missile treaty").map((c) => c.card.id)).toEqual(["tuesday"]);
    expect(archive.findArticles("zeppelin")).toEqual([]);
  });
});

describe("one quote carried by several articles", () => {
  it("GIVEN the same story under two URLs THEN whoSaid and quotesBy show the quote once, from the newest", () => {
    const text = `${tuesday.input.text}\n\nReporting by a second outlet.`;
    tick();
    const copy = archive.ingest(
      { ...tuesday.input, id: "tuesday-copy", text, date: "2007-10-10" },
      {
        sourceId: "feed:other",
        url: "https://other.example/putin",
        card: { ...tuesday.card, date: "2007-10-10" },
      },
    );
    const said = archive.whoSaid("no longer serves");
    expect(said.ok && said.value.map((m) => m.article.id)).toEqual([copy.articleId]);
    const quotes = archive.quotesBy("Putin");
    expect(quotes.ok && quotes.value.quotes.map((q) => q.article.id)).toEqual([copy.articleId]);
  });
});
