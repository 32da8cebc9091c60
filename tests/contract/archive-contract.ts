import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeEach, afterEach, describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/postgres/archive-port.js";
import { curly, monday, smiths, tuesday } from "../archive/fixtures/articles.js";
import { cardFor } from "../archive/fixtures/card-for.js";
import { namesakeArticles } from "../fixtures/namesake-articles.js";
import { testCard } from "../fixtures/test-card.js";

export interface ContractArchive {
  archive: Archive;
  /** A second instance on the same store, as another process would open it. */
  another: () => Promise<Archive>;
  /** Closes everything opened and removes the store. */
  cleanup: () => Promise<void>;
}

export type OpenContractArchive = (options: { now: () => string }) => Promise<ContractArchive>;

const seed = readFileSync(
  fileURLToPath(new URL("../../briefs/000_b5a16409ffaccd6c.txt", import.meta.url)),
  "utf8",
);

/**
 * The archive's behaviour, whatever the engine: run by sqlite-archive.test.ts and
 * postgres-archive.test.ts, so both answer every case alike.
 */
export function describeArchiveContract(name: string, openArchive: OpenContractArchive): void {
  describe(`Archive contract: ${name}`, () => {
    let made: ContractArchive;
    let archive: Archive;
    const clock = { time: 0 };
    const tick = (ms = 1000) => {
      clock.time += ms;
      return new Date(clock.time).toISOString();
    };

    beforeEach(async () => {
      clock.time = Date.parse("2026-11-28T06:00:00.000Z");
      made = await openArchive({ now: () => new Date(clock.time).toISOString() });
      archive = made.archive;
    });
    afterEach(async () => {
      await made.cleanup();
    });

    const ingestFour = async () => {
      for (const a of [monday, tuesday, smiths, curly]) {
        tick();
        await archive.ingest(a.input, {
          sourceId: a === curly ? "feed:example.com/rss" : "file",
          card: a.card,
        });
      }
    };
    const whoSaidName = async (phrase: string) => {
      const result = await archive.whoSaid(phrase);
      return result.ok ? result.value[0]?.speaker.name : undefined;
    };

    describe("ingest", () => {
      it("GIVEN the same article twice THEN the second is unchanged", async () => {
        const origin = { sourceId: "file", path: "monday.txt", card: monday.card };
        const first = await archive.ingest(monday.input, origin);
        const again = await archive.ingest(monday.input, origin);
        expect(first.status).toBe("added");
        expect(again).toEqual({ status: "unchanged", articleId: first.articleId });
        expect((await archive.getCard(first.articleId))?.card.quotes).toHaveLength(3);
      });

      it("GIVEN an edited file THEN it is updated, its quotes replaced", async () => {
        const { articleId } = await archive.ingest(monday.input, {
          sourceId: "file",
          path: "monday.txt",
          card: monday.card,
        });
        const text = monday.input.text.replace("no threat", "no real threat");
        const card = cardFor("monday", text, [
          { words: "Iran posed no real threat", name: "Lavrov", kind: "indirect" },
        ]);
        const outcome = await archive.ingest(
          { ...monday.input, text },
          { sourceId: "file", path: "monday.txt", card },
        );
        expect(outcome).toEqual({ status: "updated", articleId });
        expect((await archive.getCard(articleId))?.card.quotes.map((q) => q.text)).toEqual([
          "Iran posed no real threat",
        ]);
        expect((await archive.whoSaid("should be frozen until the inspectors report")).ok).toBe(
          false,
        );
      });

      it("GIVEN URL spellings differing in scheme, www, tracking and slash THEN one article", async () => {
        const a = await archive.ingest(monday.input, {
          sourceId: "link",
          url: "http://www.example.com/news/1/?utm_source=x&b=2&a=1",
          card: monday.card,
        });
        const edited = { ...monday.input, text: `${monday.input.text}\n\nUpdated.` };
        const b = await archive.ingest(edited, {
          sourceId: "link",
          url: "https://example.com/news/1?a=1&b=2&fbclid=zz#top",
          card: monday.card,
        });
        expect(b).toEqual({ status: "updated", articleId: a.articleId });
        expect(await archive.latestCards({ limit: 10 })).toHaveLength(1);
      });

      it("GIVEN the same text under another URL THEN the content hash recognises it", async () => {
        const a = await archive.ingest(monday.input, {
          sourceId: "link",
          url: "https://one.example/a",
          card: monday.card,
        });
        const b = await archive.ingest(monday.input, {
          sourceId: "link",
          url: "https://two.example/b",
          card: monday.card,
        });
        expect(b).toEqual({ status: "unchanged", articleId: a.articleId });
      });

      it("GIVEN a quote that is not the article's exact words THEN it is not stored", async () => {
        const bad = {
          ...monday.card,
          quotes: monday.card.quotes.map((q, i) =>
            i === 0 ? { ...q, text: "should be thawed" } : q,
          ),
        };
        const { articleId } = await archive.ingest(monday.input, { sourceId: "file", card: bad });
        expect((await archive.getCard(articleId))?.card.quotes.map((q) => q.text)).toEqual([
          "Iran posed no threat",
          "We will not accept ultimatums,",
        ]);
      });

      it("GIVEN no card THEN the engine builds one", async () => {
        const { articleId } = await archive.ingest(tuesday.input, { sourceId: "file" });
        expect((await archive.getCard(articleId))?.card.headline).toBe(
          "Putin questions missile treaty",
        );
        expect(await archive.getCard(articleId + 1000)).toBeNull();
      });

      it("GIVEN one URL ingested by two instances at once THEN one article, one person", async () => {
        const other = await made.another();
        const origin = { sourceId: "link", url: "https://example.com/same", card: tuesday.card };
        const outcomes = await Promise.all([
          archive.ingest(tuesday.input, origin),
          other.ingest(tuesday.input, origin),
        ]);
        expect(outcomes.map((o) => o.status).sort()).toEqual(["added", "unchanged"]);
        expect(new Set(outcomes.map((o) => o.articleId)).size).toBe(1);
        expect(await archive.latestCards({ limit: 10 })).toHaveLength(1);
        const lavrov = await other.whoIs("Sergei Lavrov");
        expect(lavrov.ok && lavrov.value.namesakes).toEqual([]);
      });
    });

    describe("whoSaid", () => {
      beforeEach(ingestFour);

      it("GIVEN the exact phrase THEN the speaker with role, article and exact words", async () => {
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
        expect(best?.score).toBe(1);
        expect(best?.article).toMatchObject({
          headline: "Russia warns on Iran sanctions",
          date: "2007-10-08",
          sourceId: "file",
          addedAt: "2026-11-28T06:00:01.000Z",
        });
        expect(monday.input.text.slice(best?.start, best?.end)).toBe(best?.text);
      });

      it.each([
        ["curly vs straight quotes", "We're not ruling anything out", "a U.S. official"],
        ["case and punctuation", "WE WILL NOT ACCEPT... ultimatums!", "Sergei Lavrov"],
        ["a partial phrase", "the inspectors report", "Sergei Lavrov"],
        ["a phrase cut mid-word", "no longer serves Rus", "Vladimir Putin"],
        ["a small typo", "should be frozn", "Sergei Lavrov"],
        ["two letters swapped", "shuold be frozen", "Sergei Lavrov"],
        ["surrounding quote marks", "“prices will fall”", "Jane Smith"],
      ])("GIVEN %s THEN it still finds the speaker", async (_case, phrase, who) => {
        expect(await whoSaidName(phrase)).toBe(who);
      });

      it("GIVEN a phrase two quotes share partly THEN only the closer one", async () => {
        const result = await archive.whoSaid("we will all regret");
        expect(result.ok && result.value.map((m) => m.text)).toEqual([
          "a mistake we will all regret.",
        ]);
      });

      it("GIVEN a phrase nobody said THEN an honest no-match", async () => {
        expect(await archive.whoSaid("bananas are the future of aviation")).toMatchObject({
          ok: false,
          error: { code: "no-match" },
          alternatives: [],
        });
      });

      it("GIVEN a phrase half right THEN no-match with the near miss as an alternative", async () => {
        const result = await archive.whoSaid("the harvest was excellent and abundant");
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe("no-match");
        expect(result.alternatives.map((m) => m.speaker.name)).toEqual(["John Smith"]);
      });

      it("GIVEN only punctuation or a 5,000-character phrase THEN invalid-query", async () => {
        for (const phrase of [" ?!“” ", "word ".repeat(1000)])
          expect(await archive.whoSaid(phrase)).toMatchObject({
            ok: false,
            error: { code: "invalid-query" },
          });
      });

      it("GIVEN only common words THEN the exact phrase is asked", async () => {
        expect(await whoSaidName("we will not")).toBe("Sergei Lavrov");
      });

      it("GIVEN one quote carried by two articles THEN it shows once, from the newest", async () => {
        tick();
        const copy = await archive.ingest(
          {
            ...tuesday.input,
            id: "tuesday-copy",
            text: `${tuesday.input.text}\n\nReporting by a second outlet.`,
            date: "2007-10-10",
          },
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

    describe("people", () => {
      beforeEach(ingestFour);

      it("GIVEN Monday's 'Lavrov' and Tuesday's 'Sergei Lavrov' THEN one person, newest first", async () => {
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
        "GIVEN %s THEN Vladimir Putin",
        async (who) => {
          const result = await archive.quotesBy(who);
          expect(result.ok && result.value.quotes.map((q) => q.text)).toEqual([
            "no longer serves Russia's interests.",
          ]);
        },
      );

      it("GIVEN about a topic THEN only those quotes; a topic never spoken of is a no-match naming the person", async () => {
        const iran = await archive.quotesBy("Lavrov", { about: "Iran" });
        expect(iran.ok && iran.value.quotes.map((q) => q.text)).toEqual(["Iran posed no threat"]);
        expect(await archive.quotesBy("Putin", { about: "football" })).toMatchObject({
          ok: false,
          error: { code: "no-match", message: expect.stringContaining("Vladimir Putin") },
          alternatives: [],
        });
      });

      it("GIVEN two Smiths quoted alike THEN a bare 'Smith' is ambiguous", async () => {
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
        expect(await archive.quotesBy("Lavrof")).toMatchObject({
          ok: false,
          error: { code: "no-match" },
          alternatives: [{ name: "Sergei Lavrov" }],
        });
      });

      it("GIVEN whoIs THEN roles, aliases and articles newest first", async () => {
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
        expect(await archive.whoIs("Nobody Atall")).toMatchObject({
          ok: false,
          error: { code: "no-match" },
        });
      });
    });

    describe("namesakes and topics", () => {
      beforeEach(async () => {
        for (const spec of namesakeArticles) {
          tick();
          await archive.ingest(
            { id: spec.id, text: spec.text, ...(spec.date ? { date: spec.date } : {}) },
            { sourceId: "file", path: `${spec.id}.txt`, card: testCard(spec) },
          );
        }
      });
      const quoted = async (person: string, about?: string) => {
        const result = await archive.quotesBy(person, about ? { about } : {});
        if (!result.ok) return result.error.code;
        return {
          person: result.value.person.name,
          namesakes: result.value.namesakes.map((p) => p.name),
        };
      };

      it("GIVEN a surname several carry THEN the most quoted, the others as namesakes, recent first", async () => {
        for (const who of ["Blair", "Mr Blair", "blair's"])
          expect(await quoted(who)).toMatchObject({ person: "Tony Blair" });
        const result = await archive.quotesBy("Blair");
        expect(result.ok && result.value.namesakes.map((p) => p.name)).toEqual([
          "Ian Blair",
          "Cherie Blair",
        ]);
        expect(await quoted("Cherie Blair")).toEqual({ person: "Cherie Blair", namesakes: [] });
      });

      it("GIVEN a contradicting first name THEN no one, the Blairs as near names", async () => {
        const result = await archive.quotesBy("John Blair");
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe("no-match");
        expect(result.alternatives.map((p) => p.name)).toContain("Tony Blair");
      });

      it("GIVEN a topic only a namesake spoke about THEN that namesake answers", async () => {
        expect(await quoted("Kennedy", "the harvest")).toEqual({
          person: "Jane Kennedy",
          namesakes: ["Charles Kennedy"],
        });
        expect(await quoted("Kennedy", "Iraq")).toMatchObject({ person: "Charles Kennedy" });
      });

      it("GIVEN whoIs on a shared surname THEN the leader's profile with namesakes", async () => {
        const result = await archive.whoIs("Hewitt");
        expect(result.ok && result.value.person.name).toBe("Patricia Hewitt");
        expect(result.ok && result.value.quoteCount).toBe(3);
        expect(result.ok && result.value.namesakes.map((p) => p.name)).toEqual(["Gavin Hewitt"]);
        const brown = await archive.whoIs("Brown");
        expect(brown.ok && brown.value.person.name).toBe("Gordon Brown");
        expect(brown.ok && brown.value.quoteCount).toBe(3);
      });

      it.each([
        ["Iraq", ["Iraqi people now have a future."]],
        [
          "election",
          [
            "There will be no election this spring,",
            "the next elections would be fought on schools",
          ],
        ],
        ["economy", ["Our economic record speaks for itself,"]],
        ["the Iraq war", ["Iraqi people now have a future."]],
      ])("GIVEN about %s THEN quotes with any form of it", async (topic, texts) => {
        const result = await archive.quotesBy("Blair", { about: topic });
        expect(result.ok && result.value.quotes.map((q) => q.text).sort()).toEqual(
          [...texts].sort(),
        );
      });

      it("GIVEN a topic no quote names THEN quotes from articles whose headline names it", async () => {
        const result = await archive.quotesBy("Blair", { about: "polls" });
        expect(result.ok && result.value.quotes.map((q) => q.article.headline)).toEqual([
          "Blair rules out an early poll",
          "Blair rules out an early poll",
        ]);
        const tax = await archive.quotesBy("Gordon Brown", { about: "taxes" });
        expect(tax.ok && tax.value.quotes.map((q) => q.text)).toEqual([
          "there will be no rise in income tax.",
        ]);
      });
    });

    describe("cards", () => {
      beforeEach(ingestFour);

      it("GIVEN newSince THEN later articles, oldest first, optionally by source", async () => {
        const ids = (cards: { card: { id: string } }[]) => cards.map((c) => c.card.id);
        expect(ids(await archive.newSince("2026-11-28T06:00:01.500Z"))).toEqual([
          "tuesday",
          "smiths",
          "curly",
        ]);
        expect(
          ids(await archive.newSince("2026-11-28T06:00:00.000Z", ["feed:example.com/rss"])),
        ).toEqual(["curly"]);
        expect(await archive.newSince("2026-11-28T06:00:00.000Z", [])).toEqual([]);
      });

      it("GIVEN latestCards and findArticles THEN the newest and the matching", async () => {
        expect((await archive.latestCards()).map((c) => c.card.id)).toEqual(["curly"]);
        expect(
          (await archive.latestCards({ limit: 2, sources: ["file"] })).map((c) => c.card.id),
        ).toEqual(["smiths", "tuesday"]);
        expect((await archive.findArticles("missile treaty")).map((c) => c.card.id)).toEqual([
          "tuesday",
        ]);
        expect((await archive.findArticles("missi")).map((c) => c.card.id)).toEqual(["tuesday"]);
        expect(await archive.findArticles("zeppelin")).toEqual([]);
        const [card] = await archive.latestCards();
        expect(card?.card.quotes.length).toBeGreaterThan(0);
      });
    });

    describe("the seed article, with the real engine", () => {
      beforeEach(async () => {
        await archive.ingest(
          { text: seed },
          { sourceId: "briefs:test", path: "000_b5a16409ffaccd6c.txt" },
        );
      });

      it("GIVEN 'should be frozen' THEN Sergei Lavrov, in the article's exact words", async () => {
        const result = await archive.whoSaid("should be frozen");
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const [best] = result.value;
        expect(best?.speaker.name).toBe("Sergei Lavrov");
        expect(seed.slice(best?.start, best?.end)).toBe(best?.text);
      });

      it("GIVEN a typo and curly quotes THEN Rice; Putin by any name; Saradzhyan's role", async () => {
        for (const phrase of ["we will sanction them", "“We will sanciton them”"]) {
          const result = await archive.whoSaid(phrase);
          expect(result.ok && result.value[0]?.speaker.name).toMatch(/Rice/);
        }
        for (const who of ["Putin", "Vladimir Putin", "President Putin"]) {
          const result = await archive.quotesBy(who);
          expect(
            result.ok && result.value.quotes.some((q) => /INF|Intermediate-Range/.test(q.text)),
          ).toBe(true);
        }
        const saradzhyan = await archive.whoIs("Saradzhyan");
        expect(saradzhyan.ok && saradzhyan.value.person.roles.join(" ")).toMatch(/analyst/);
      });

      it("GIVEN the seed again with its line endings changed THEN unchanged", async () => {
        const again = await archive.ingest(
          { text: seed.replace(/\n/g, "\r\n") },
          { sourceId: "briefs:test", path: "000_b5a16409ffaccd6c.txt" },
        );
        expect(again.status).toBe("unchanged");
      });
    });

    describe("source registry", () => {
      it("GIVEN a feed added twice, by id and by location THEN one source, found both ways", async () => {
        const first = await archive.sources.add(
          "feed",
          "https://www.example.com/rss/?utm_source=x",
        );
        expect(first).toMatchObject({
          ok: true,
          created: true,
          source: {
            id: "feed:example.com/rss",
            kind: "feed",
            status: "new",
            consecutiveFailures: 0,
            failureReason: null,
            lastPolledAt: null,
            nextPollAt: null,
            addedAt: "2026-11-28T06:00:00.000Z",
          },
        });
        const again = await archive.sources.add("feed", "http://example.com/rss");
        expect(again).toMatchObject({ ok: true, created: false });
        expect((await archive.sources.get("feed:example.com/rss"))?.kind).toBe("feed");
        expect((await archive.sources.get("https://example.com/rss"))?.id).toBe(
          "feed:example.com/rss",
        );
        expect(await archive.sources.get("https://nowhere.example/feed")).toBeNull();
      });

      it("GIVEN a feed and a briefs folder THEN list in order added; remove keeps the articles", async () => {
        await archive.sources.add("feed", "https://example.com/rss");
        tick();
        const folder = await archive.sources.add("briefs", "briefs");
        expect(folder.ok && folder.source.id).toMatch(/^briefs:\//);
        expect((await archive.sources.list()).map((s) => s.kind)).toEqual(["feed", "briefs"]);
        await archive.ingest(curly.input, { sourceId: "feed:example.com/rss", card: curly.card });
        expect(await archive.sources.remove("https://example.com/rss")).toBe(true);
        expect(await archive.sources.remove("feed:example.com/rss")).toBe(false);
        expect((await archive.sources.list()).map((s) => s.kind)).toEqual(["briefs"]);
        expect(await archive.latestCards()).toHaveLength(1);
      });

      it("GIVEN an address that is not http(s) THEN invalid-source", async () => {
        expect(await archive.sources.add("feed", "ftp://example.com/rss")).toMatchObject({
          ok: false,
          error: { code: "invalid-source" },
        });
        expect(await archive.sources.add("briefs", "  ")).toMatchObject({
          ok: false,
          error: { code: "invalid-source" },
        });
      });
    });
  });
}
