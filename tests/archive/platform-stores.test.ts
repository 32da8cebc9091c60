import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createMemoryEventDedup } from "../../src/app/memory-event-dedup.js";
import { createMemoryInstallationStore } from "../../src/app/memory-installation-store.js";
import type { EventDedup } from "../../src/app/ports/event-dedup.js";
import type { InstallationStore } from "../../src/app/ports/installation-store.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { createSqliteArchive } from "../../src/archive/sqlite-archive.js";
import { createSqliteEventDedup } from "../../src/archive/sqlite-event-dedup.js";
import { createSqliteInstallationStore } from "../../src/archive/sqlite-installation-store.js";
import { tempArchive } from "./fixtures/temp-archive.js";

const day = 24 * 60 * 60 * 1000;

async function claimsOnce(events: EventDedup, clock: { ms: number }): Promise<void> {
  expect(await events.claimEvent("Ev1")).toBe(true);
  expect(await events.claimEvent("Ev1")).toBe(false);
  expect(await events.claimEvent("Ev2")).toBe(true);
  clock.ms += day + 1;
  // A day later the id is forgotten (Slack stopped retrying long before).
  expect(await events.claimEvent("Ev1")).toBe(true);
}

async function keepsInstalls(store: InstallationStore): Promise<void> {
  expect(await store.find("T:T1")).toBeNull();
  await store.save("T:T1", '{"team":{"id":"T1"},"v":1}');
  await store.save("T:T1", '{"team":{"id":"T1"},"v":2}');
  await store.save("E:E1", '{"enterprise":{"id":"E1"}}');
  expect(await store.find("T:T1")).toBe('{"team":{"id":"T1"},"v":2}');
  await store.delete("T:T1");
  await store.delete("T:nobody");
  expect(await store.find("T:T1")).toBeNull();
  expect(await store.find("E:E1")).toBe('{"enterprise":{"id":"E1"}}');
}

describe("platform stores (event de-duplication, installations)", () => {
  it("GIVEN the chat migrations THEN the SQLite stores claim each event once and keep installs", async () => {
    const { archive } = tempArchive({ migrations: chatMigrations });
    const clock = { ms: Date.parse("2026-12-02T08:00:00.000Z") };
    await claimsOnce(
      createSqliteEventDedup(archive.db, () => clock.ms),
      clock,
    );
    await keepsInstalls(createSqliteInstallationStore(archive.db));
    await archive.close();
  });

  it("GIVEN no database THEN the memory stores behave the same", async () => {
    const clock = { ms: Date.parse("2026-12-02T08:00:00.000Z") };
    await claimsOnce(
      createMemoryEventDedup(() => clock.ms),
      clock,
    );
    await keepsInstalls(createMemoryInstallationStore());
  });

  it("GIVEN a file whose Slack tables an older build made on demand THEN migration 102 keeps their rows", async () => {
    const { archive, path } = tempArchive({
      migrations: chatMigrations.filter((m) => m.version < 102),
    });
    await archive.close();
    const db = new Database(path);
    db.exec(
      "CREATE TABLE IF NOT EXISTS slack_seen_events (event_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)",
    );
    db.exec(`CREATE TABLE IF NOT EXISTS slack_installations (
    install_key TEXT PRIMARY KEY, installation TEXT NOT NULL, updated_at INTEGER NOT NULL)`);
    db.prepare("INSERT INTO slack_seen_events VALUES (?, ?)").run("Ev-old", Date.now());
    db.prepare("INSERT INTO slack_installations VALUES (?, ?, ?)").run("T:T9", "{}", Date.now());
    db.close();
    const upgraded = createSqliteArchive({ path, migrations: chatMigrations });
    expect(
      upgraded.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all(),
    ).toEqual([1, 2, 100, 101, 102]);
    expect(await createSqliteEventDedup(upgraded.db).claimEvent("Ev-old")).toBe(false);
    expect(await createSqliteInstallationStore(upgraded.db).find("T:T9")).toBe("{}");
    await upgraded.close();
  });
});
