import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Migration } from "../../src/archive/migration.js";
import { runMigrations } from "../../src/archive/run-migrations.js";

const now = () => "2026-11-28T00:00:00.000Z";
const v1: Migration = {
  version: 1,
  name: "notes",
  up: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)",
};
const v2: Migration = {
  version: 2,
  name: "notes-tag",
  up: "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'none'",
};
const v100: Migration = {
  version: 100,
  name: "chat-things",
  up: "CREATE TABLE chat_things (id INTEGER PRIMARY KEY)",
};

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), "briefbot-mig-")), "test.db");
}

describe("runMigrations", () => {
  it("GIVEN a file made by an older migration set THEN upgrading keeps every row", () => {
    const path = tempDb();
    const old = new Database(path);
    expect(runMigrations(old, [v1], now)).toEqual([1]);
    old.prepare("INSERT INTO notes (body) VALUES (?), (?)").run("first", "second");
    old.close();

    const db = new Database(path);
    expect(runMigrations(db, [v2, v1, v100], now)).toEqual([2, 100]);
    expect(db.prepare("SELECT body, tag FROM notes ORDER BY id").all()).toEqual([
      { body: "first", tag: "none" },
      { body: "second", tag: "none" },
    ]);
    expect(runMigrations(db, [v1, v2, v100], now)).toEqual([]);
    db.close();
  });

  it("GIVEN a chat migration applied before a later archive one THEN the archive one still applies", () => {
    const db = new Database(":memory:");
    runMigrations(db, [v1, v100], now);
    expect(runMigrations(db, [v1, v2, v100], now)).toEqual([2]);
  });

  it("GIVEN a failing migration THEN it rolls back alone and earlier ones stay applied", () => {
    const db = new Database(":memory:");
    const bad: Migration = {
      version: 3,
      name: "bad",
      up: "CREATE TABLE half (id INTEGER); SELECT * FROM nowhere",
    };
    expect(() => runMigrations(db, [v1, v2, bad], now)).toThrow(/nowhere/);
    const versions = db
      .prepare("SELECT version FROM schema_migrations ORDER BY version")
      .pluck()
      .all();
    expect(versions).toEqual([1, 2]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });

  it("GIVEN two migrations with one version THEN it refuses before touching the file", () => {
    const db = new Database(":memory:");
    expect(() => runMigrations(db, [v1, { ...v2, version: 1 }], now)).toThrow(/repeated version 1/);
  });
});
