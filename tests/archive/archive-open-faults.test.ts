import { existsSync, openSync, statSync, writeSync, closeSync, utimesSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { monday } from "./fixtures/articles.js";
import { tempArchive } from "./fixtures/temp-archive.js";

/** A real archive with many pages: the same article stored under many ids. */
async function filledArchive() {
  const made = tempArchive();
  for (let i = 0; i < 200; i += 1)
    await made.archive.ingest(
      { ...monday.input, id: `a${i}`, text: `${monday.input.text}\n\nEdition ${i}.` },
      { sourceId: "file", card: { ...monday.card, id: `a${i}` } },
    );
  await made.archive.close();
  return made.path;
}

/** Overwrites pages in the middle of the file (never the header page) with junk. */
function damageInteriorPages(path: string): void {
  const pageSize = 4096;
  const pages = statSync(path).size / pageSize;
  const fd = openSync(path, "r+");
  for (let page = 2; page < pages - 1; page += 3)
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, page * pageSize);
  closeSync(fd);
}

describe("opening a damaged archive", () => {
  it("GIVEN a file with damaged interior pages THEN it is refused with one sentence naming the file, not opened and written to", async () => {
    const path = await filledArchive();
    damageInteriorPages(path);
    const before = statSync(path).mtimeMs;
    expect(() => createSqliteArchive({ path })).toThrow(
      expect.objectContaining({
        code: "database-corrupt",
        message: expect.stringMatching(
          new RegExp(
            `^The archive database ${path} is damaged \\(.+\\); no backup exists; move it away`,
          ),
        ),
      }),
    );
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it("GIVEN a damaged file with a backup THEN the sentence says which backup to restore, and the backup opens", async () => {
    const path = await filledArchive();
    await createSqliteArchive({ path, backup: true }).close();
    expect(existsSync(`${path}.bak`)).toBe(true);
    damageInteriorPages(path);
    expect(() => createSqliteArchive({ path })).toThrow(
      `copy the backup ${path}.bak over it to restore it.`,
    );
    const restored = createSqliteArchive({ path: `${path}.bak` });
    expect(await restored.latestCards({ limit: 500 })).toHaveLength(200);
    await restored.close();
  });

  it("GIVEN a backup less than a day old THEN none is made again; an older one is refreshed", async () => {
    const path = await filledArchive();
    await createSqliteArchive({ path, backup: true }).close();
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(`${path}.bak`, old, old);
    await createSqliteArchive({ path, backup: true }).close();
    expect(Date.now() - statSync(`${path}.bak`).mtimeMs).toBeLessThan(60_000);
    const fresh = statSync(`${path}.bak`).mtimeMs;
    await createSqliteArchive({ path, backup: true }).close();
    expect(statSync(`${path}.bak`).mtimeMs).toBe(fresh);
  });

  it("GIVEN an archive with a migration to apply THEN a backup is made first", async () => {
    const path = await filledArchive();
    const migration = {
      version: 150,
      name: "test-table",
      up: "CREATE TABLE test_extra (x INTEGER)",
    };
    await createSqliteArchive({ path, migrations: [migration] }).close();
    const backup = createSqliteArchive({ path: `${path}.bak` });
    expect(
      backup.db.prepare("SELECT name FROM sqlite_master WHERE name = 'test_extra'").get(),
    ).toBeUndefined();
    await backup.close();
  });
});
