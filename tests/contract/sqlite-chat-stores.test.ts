import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackStore } from "../../src/adapters/slack/slack-store.js";
import { createSqliteInstallationStore } from "../../src/adapters/slack/sqlite-installation-store.js";
import { archiveMigrations } from "../../src/archive/migrations/archive-migrations.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { openDatabase } from "../../src/archive/open-database.js";
import type { Async } from "../../src/archive/postgres/chat-ports.js";
import { runMigrations } from "../../src/archive/run-migrations.js";
import { createSqliteFeedState } from "../../src/archive/sqlite-feed-state.js";
import { createSqlitePostingLedger } from "../../src/archive/sqlite-posting-ledger.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { describeChatStoresContract, type OpenedStores } from "./chat-stores-contract.js";

/**
 * Each method awaited, so the stores fit the async ports whether they are still synchronous
 * (before the async-ports merge) or already async (after it, when this is a no-op to remove).
 */
function lift<T extends object>(store: T): Async<T> {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === "function"
        ? async (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, args)
        : value;
    },
  }) as unknown as Async<T>;
}

async function open(): Promise<OpenedStores> {
  const dir = mkdtempSync(join(tmpdir(), "bb-chat-contract-"));
  const db = openDatabase({ path: join(dir, "archive.sqlite") });
  const now = () => new Date().toISOString();
  runMigrations(db, [...archiveMigrations, ...chatMigrations], now);
  return {
    stores: {
      subscriptions: lift(createSqliteSubscriptionStore(db)),
      ledger: lift(createSqlitePostingLedger(db)),
      feedState: lift(createSqliteFeedState(db)),
      events: (clock) => lift(createSlackStore(db, clock)),
      installations: createSqliteInstallationStore(db),
      async addSource(id) {
        db.prepare(
          "INSERT INTO sources (id, kind, location, added_at) VALUES (?, 'feed', ?, ?)",
        ).run(id, `https://${id}.test/feed.xml`, now());
      },
    },
    async cleanup() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeChatStoresContract("SQLite", open);
