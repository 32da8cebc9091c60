import type Database from "better-sqlite3";

/**
 * One schema change. Versions are global across stores sharing the file: the archive uses
 * 1–99, chat and platform stores (subscriptions, posting ledger, event de-duplication, Slack
 * installations) 100–199, adapters 200 and up.
 * A migration never changes once released: add a new one instead.
 */
export interface Migration {
  version: number;
  /** kebab-case, for the log and the `schema_migrations` table. */
  name: string;
  /** SQL run as one script, or a function for changes SQL alone cannot express. */
  up: string | ((db: Database.Database) => void);
}
