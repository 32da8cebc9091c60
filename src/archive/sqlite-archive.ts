import type Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import type { Archive } from "../app/ports/archive.js";
import type { SourceRegistry } from "../app/ports/source-registry.js";
import type { FeedState } from "../app/ports/feed-state.js";
import { buildCard as engineBuildCard } from "../core/build-card.js";
import type { Migration } from "./migration.js";
import { archiveMigrations } from "./migrations/archive-migrations.js";
import { backupArchive, backupIsStale } from "./backup-archive.js";
import { openDatabase } from "./open-database.js";
import { runMigrations } from "./run-migrations.js";
import { createArticleWriter, type CardBuilder } from "./sqlite-article-writer.js";
import { createCardQueries } from "./sqlite-card-queries.js";
import { createSqliteFeedState } from "./sqlite-feed-state.js";
import { createPersonQueries } from "./sqlite-person-queries.js";
import { createSourceRegistry } from "./sqlite-source-registry.js";
import { createWhoSaid } from "./sqlite-who-said.js";
import { guardArchive } from "./to-archive-error.js";
import { asyncMethods } from "./async-methods.js";

export interface SqliteArchiveOptions {
  /** File path (default `data/briefbot.db` is the caller's choice) or ":memory:". */
  path: string;
  /** Extra migrations of stores sharing the file (chat: 100–199), applied with the archive's. */
  migrations?: readonly Migration[];
  /** While opening and migrating, wait for another process's write lock this long (default 5000 ms). */
  busyTimeoutMs?: number;
  /**
   * Once open, a write waits this long for another process's lock before failing as
   * `database-locked` (default 200 ms): better-sqlite3 waits synchronously, so a long wait would
   * freeze every chat command; callers retry off the request path instead.
   */
  writeWaitMs?: number;
  /** Keep a daily backup at `<path>.bak` (see backup-archive.ts); one is always made before migrating. */
  backup?: boolean;
  /** The current time as ISO 8601; defaults to the system clock. */
  now?: () => string;
  /** Builds a card for an article; defaults to the engine's `buildCard`. */
  buildCard?: CardBuilder;
}

/** The archive on SQLite, plus what stores sharing its file need. */
export interface SqliteArchive extends Archive {
  /** The open connection: other stores (subscriptions, posting ledger) share it. */
  readonly db: Database.Database;
  /** What the feed poller remembers between polls. */
  readonly feedState: FeedState;
  /** Why the daily backup asked for with `backup: true` failed at open, if it did. */
  readonly backupProblem: string | null;
  /** Applies a store's pending migrations (versions outside 1–99) to this file. */
  migrate(migrations: readonly Migration[]): number[];
}

/** Opens (creating and migrating if needed) the archive in one SQLite file. */
export function createSqliteArchive(options: SqliteArchiveOptions): SqliteArchive {
  const now = options.now ?? (() => new Date().toISOString());
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const { existed, fullCheck, backupDue } = openingPlan(options.path, options.backup === true);
  const db = openDatabase({ path: options.path, busyTimeoutMs, checkIntegrity: fullCheck });
  const migrate = (migrations: readonly Migration[]) =>
    guardArchive(() => {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      try {
        return runMigrations(db, migrations, now);
      } finally {
        db.pragma(`busy_timeout = ${options.writeWaitMs ?? 200}`);
      }
    });
  const all = [...archiveMigrations, ...(options.migrations ?? [])];
  let backupProblem: string | null = null;
  try {
    // Before a migration the backup must succeed; a daily one that fails (a full disk) is reported.
    if (existed && hasPending(db, all)) guardArchive(() => backupArchive(db, options.path));
    else if (backupDue) backupProblem = tryBackup(db, options.path);
    migrate(all);
  } catch (error) {
    db.close();
    throw error;
  }
  const writer = createArticleWriter(db, options.buildCard ?? engineBuildCard, now);
  const write = db.transaction(writer);
  const cards = createCardQueries(db);
  const people = createPersonQueries(db);
  const whoSaid = createWhoSaid(db);
  const read =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    async (...args: A): Promise<R> =>
      guardArchive(() => fn(...args));
  return {
    db,
    backupProblem,
    feedState: asyncMethods<FeedState>(createSqliteFeedState(db), guardArchive),
    migrate,
    ingest: async (input, origin) => guardArchive(() => write.immediate(input, origin)),
    getCard: read(cards.getCard),
    latestCards: read(cards.latestCards),
    findArticles: read(cards.findArticles),
    newSince: read(cards.newSince),
    whoSaid: read(whoSaid),
    quotesBy: read(people.quotesBy),
    whoIs: read(people.whoIs),
    sources: asyncMethods<SourceRegistry>(createSourceRegistry(db, now), guardArchive),
    close: async () => void db.close(),
  };
}

// Up to this size the whole file is checked at every open (about 0.3 s); a larger one once a
// day, when its backup is due, so start-up stays fast (quick_check read 193 MB in 0.9–2.1 s).
const checkEveryOpenBytes = 64 * 1024 * 1024;

function openingPlan(path: string, backup: boolean) {
  const size = path !== ":memory:" && existsSync(path) ? statSync(path).size : 0;
  const existed = size > 0;
  const stale = existed && backupIsStale(path, Date.now());
  return {
    existed,
    fullCheck: size <= checkEveryOpenBytes || (backup && stale),
    backupDue: backup && stale,
  };
}

function tryBackup(db: Database.Database, path: string): string | null {
  try {
    guardArchive(() => backupArchive(db, path));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function hasPending(db: Database.Database, migrations: readonly Migration[]): boolean {
  const ledger = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!ledger) return true;
  const applied = new Set(
    db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[],
  );
  return migrations.some((m) => !applied.has(m.version));
}
