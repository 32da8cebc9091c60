import type Database from "better-sqlite3";
import type { Migration } from "../migration.js";
import { runMigrations } from "../run-migrations.js";
import { chatTables } from "./100-chat-tables.js";
import { leasesAndOwners } from "./101-leases-and-owners.js";
import { platformStores } from "./102-platform-stores.js";

/** The chat layer's migrations (versions 100–199), oldest first; 102 holds the platform stores. */
export const chatMigrations: readonly Migration[] = [chatTables, leasesAndOwners, platformStores];

/** Brings the chat tables up to date in a database the archive may share. */
export function migrateChatTables(db: Database.Database, now: () => string): number[] {
  return runMigrations(db, chatMigrations, now);
}
