import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { unpackText } from "../../src/archive/card-packing.js";
import { archiveSchema } from "../../src/archive/migrations/001-archive-schema.js";
import { runMigrations } from "../../src/archive/run-migrations.js";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { monday } from "./fixtures/articles.js";

/** A file as version 1 of the archive wrote it: plain text, cards with their quotes inside. */
function versionOneFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), "briefbot-v1-")), "briefbot.db");
  const db = new Database(path);
  runMigrations(db, [archiveSchema], () => "2026-11-27T00:00:00.000Z");
  const card = { ...monday.card, quotes: monday.card.quotes.map((q) => ({ ...q, cue: "said" })) };
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO articles (source_id, url, url_key, path_key, headline, date, text, content_hash, card, added_at, updated_at)
              VALUES ('file', NULL, NULL, ?, ?, '2007-10-08', ?, 'hash-1', ?, '2026-11-27T00:00:00.000Z', '2026-11-27T00:00:00.000Z')`,
    )
    .run(
      "file\u0000monday.txt",
      card.headline,
      monday.input.text,
      deflateRawSync(JSON.stringify(card)),
    );
  const insertQuote = db.prepare(
    `INSERT INTO quotes (article_id, position, text, start_offset, end_offset, kind, person_id, speaker_name, speaker_role, anonymous, sort_key)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, '2007-10-08')`,
  );
  card.quotes.forEach((q, i) =>
    insertQuote.run(
      lastInsertRowid,
      i,
      q.text,
      q.start,
      q.end,
      q.kind,
      q.speaker.name,
      q.speaker.role,
    ),
  );
  db.close();
  return path;
}

describe("upgrading an archive file", () => {
  it("GIVEN a file from the first schema THEN opening it migrates every row and the queries work", async () => {
    const archive = createSqliteArchive({ path: versionOneFile() });
    expect(
      archive.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all(),
    ).toEqual([1, 2]);
    const [stored] = await archive.latestCards();
    expect(stored?.card.quotes.map((q) => [q.text, q.cue])).toEqual(
      monday.card.quotes.map((q) => [q.text, "said"]),
    );
    expect((await archive.findArticles("ultimatums")).map((c) => c.card.headline)).toEqual([
      "Russia warns on Iran sanctions",
    ]);
    expect((await archive.whoSaid("should be frozen")).ok).toBe(true);
    const packed = archive.db.prepare("SELECT text_z FROM articles").pluck().get() as Buffer;
    expect(unpackText(packed)).toBe(monday.input.text);
    expect(
      (
        await archive.ingest(monday.input, {
          sourceId: "file",
          path: "monday.txt",
          card: monday.card,
        })
      ).status,
    ).toBe("updated");
    expect(archive.db.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(3);
  });
});
