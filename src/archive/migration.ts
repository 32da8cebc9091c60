import type Database from "better-sqlite3";
import type { PoolClient } from "pg";

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

/**
 * A schema change on PostgreSQL: the same `{ version, name, up }` with the same version ranges.
 * `up` is SQL (run as one script), or an async function on the migrating connection. Each runs in
 * its own transaction, under an advisory lock (see runPostgresMigrations).
 */
export interface PostgresMigration {
  version: number;
  name: string;
  up: string | ((client: PoolClient) => Promise<void>);
}
