import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { archiveMigrations } from "../../src/archive/migrations/archive-migrations.js";
import { chatMigrations } from "../../src/archive/migrations/chat-migrations.js";
import { openDatabase } from "../../src/archive/open-database.js";
import { asyncMethods } from "../../src/archive/async-methods.js";
import { createSqliteEventDedup } from "../../src/archive/sqlite-event-dedup.js";
import { createSqliteInstallationStore } from "../../src/archive/sqlite-installation-store.js";
import { runMigrations } from "../../src/archive/run-migrations.js";
import { createSqliteFeedState } from "../../src/archive/sqlite-feed-state.js";
import { createSqlitePostingLedger } from "../../src/archive/sqlite-posting-ledger.js";
import { createSqliteSubscriptionStore } from "../../src/archive/sqlite-subscription-store.js";
import { describeChatStoresContract, type OpenedStores } from "./chat-stores-contract.js";

async function open(): Promise<OpenedStores> {
  const dir = mkdtempSync(join(tmpdir(), "bb-chat-contract-"));
  const db = openDatabase({ path: join(dir, "archive.sqlite") });
  const now = () => new Date().toISOString();
  runMigrations(db, [...archiveMigrations, ...chatMigrations], now);
  return {
    stores: {
      subscriptions: createSqliteSubscriptionStore(db),
      ledger: createSqlitePostingLedger(db),
      feedState: asyncMethods(createSqliteFeedState(db)),
      events: (clock) => createSqliteEventDedup(db, clock),
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
