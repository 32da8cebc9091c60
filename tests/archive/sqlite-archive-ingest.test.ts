import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { cardFor } from "./fixtures/card-for.js";
import { monday, tuesday } from "./fixtures/articles.js";
import { tempArchive } from "./fixtures/temp-archive.js";

const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe("archive ingest", () => {
  it("GIVEN the same article twice THEN the second ingest is a no-op", async () => {
    const { archive } = tempArchive();
    const first = await archive.ingest(monday.input, {
      sourceId: "file",
      path: "monday.txt",
      card: monday.card,
    });
    const again = await archive.ingest(monday.input, {
      sourceId: "file",
      path: "monday.txt",
      card: monday.card,
    });
    expect(first.status).toBe("added");
    expect(again).toEqual({ status: "unchanged", articleId: first.articleId });
    expect(count(archive.db, "quotes")).toBe(3);
  });

  it("GIVEN an edited file THEN its card is replaced and its quotes are not duplicated", async () => {
    const { archive } = tempArchive();
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
    expect(archive.db.prepare("SELECT text FROM quotes").pluck().all()).toEqual([
      "Iran posed no real threat",
    ]);
    expect((await archive.getCard(articleId))?.card.quotes).toHaveLength(1);
    expect((await archive.whoSaid("should be frozen until the inspectors report")).ok).toBe(false);
  });

  it("GIVEN one article under URL spellings that differ only in scheme, www, tracking and slash THEN it is stored once", async () => {
    const { archive } = tempArchive();
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
    expect(count(archive.db, "articles")).toBe(1);
  });

  it("GIVEN the same text under another URL THEN the content hash recognises it", async () => {
    const { archive } = tempArchive();
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

  it("GIVEN a card whose quote is not the article's exact words THEN that quote is not stored", async () => {
    const { archive } = tempArchive();
    const bad = {
      ...monday.card,
      quotes: monday.card.quotes.map((q, i) => (i === 0 ? { ...q, text: "should be thawed" } : q)),
    };
    await archive.ingest(monday.input, { sourceId: "file", card: bad });
    expect(archive.db.prepare("SELECT text FROM quotes ORDER BY position").pluck().all()).toEqual([
      "Iran posed no threat",
      "We will not accept ultimatums,",
    ]);
  });

  it("GIVEN no card THEN the engine builds one", async () => {
    const { archive } = tempArchive();
    const { articleId } = await archive.ingest(tuesday.input, { sourceId: "file" });
    expect((await archive.getCard(articleId))?.card.headline).toBe(
      "Putin questions missile treaty",
    );
  });

  it("GIVEN a file written and closed THEN reopening it keeps every row, in WAL mode", async () => {
    const { archive, path } = tempArchive();
    await archive.ingest(monday.input, { sourceId: "file", card: monday.card });
    await archive.ingest(tuesday.input, { sourceId: "file", card: tuesday.card });
    await archive.close();
    const reopened = createSqliteArchive({ path });
    expect(reopened.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(count(reopened.db, "articles")).toBe(2);
    expect(count(reopened.db, "quotes")).toBe(5);
    await reopened.close();
  });
});
