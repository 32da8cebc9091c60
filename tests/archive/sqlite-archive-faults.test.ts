import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { monday, tuesday } from "./fixtures/articles.js";
import { tempArchive } from "./fixtures/temp-archive.js";

// Another process takes the write lock and holds it until its stdin closes.
const holdLock = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.exec("BEGIN EXCLUSIVE");
process.stdout.write("locked\\n");
process.stdin.on("end", () => { db.exec("ROLLBACK"); db.close(); });
process.stdin.resume();
`;

async function lockedBy(path: string) {
  const child = spawn(process.execPath, ["-e", holdLock, path], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  expect(chunk.toString()).toBe("locked\n");
  return async () => {
    child.stdin.end();
    await once(child, "exit");
  };
}

describe("archive faults", () => {
  it("GIVEN another process holds the write lock THEN ingest fails with database-locked and loses nothing", async () => {
    const { archive, path } = tempArchive({ busyTimeoutMs: 100 });
    await archive.ingest(monday.input, { sourceId: "file", card: monday.card });
    const release = await lockedBy(path);
    await expect(
      archive.ingest(tuesday.input, { sourceId: "file", card: tuesday.card }),
    ).rejects.toThrow(
      expect.objectContaining({
        code: "database-locked",
        message: expect.stringMatching(/locked by another process/),
      }),
    );
    expect((await archive.whoSaid("should be frozen")).ok).toBe(true);
    await release();
    expect(
      (await archive.ingest(tuesday.input, { sourceId: "file", card: tuesday.card })).status,
    ).toBe("added");
    expect(await archive.latestCards({ limit: 5 })).toHaveLength(2);
  });

  it("GIVEN the disk fills during a write THEN it fails with disk-full and earlier rows survive", async () => {
    const { archive } = tempArchive();
    await archive.ingest(monday.input, { sourceId: "file", card: monday.card });
    const pages = archive.db.pragma("page_count", { simple: true }) as number;
    archive.db.pragma(`max_page_count = ${pages + 2}`);
    const huge = {
      ...tuesday.input,
      text: `${tuesday.input.text}\n\n${Array.from({ length: 30_000 }, (_, i) => `word${(i * 7919) % 30_011}`).join(" ")}`,
    };
    await expect(archive.ingest(huge, { sourceId: "file", card: tuesday.card })).rejects.toThrow(
      expect.objectContaining({
        name: "ArchiveError[disk-full]",
        code: "disk-full",
        message: expect.stringMatching(/disk/),
      }),
    );
    expect((await archive.latestCards({ limit: 5 })).map((c) => c.card.id)).toEqual(["monday"]);
    expect(archive.db.prepare("SELECT count(*) FROM quotes").pluck().get()).toBe(3);
  });

  it("GIVEN a file that is not a database THEN opening fails with a clear sentence", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const path = join(mkdtempSync(join(tmpdir(), "briefbot-bad-")), "notes.db");
    writeFileSync(path, "these are my shopping notes, not a database at all ".repeat(200));
    expect(() => createSqliteArchive({ path })).toThrow(/not a briefbot database/);
  });
});
