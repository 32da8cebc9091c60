import type Database from "better-sqlite3";
import type { Archive } from "../app/archive.js";
import type { FeedState } from "../app/ingest/feed-state.js";
import { buildCard as engineBuildCard } from "../core/build-card.js";
import type { Migration } from "./migration.js";
import { archiveMigrations } from "./migrations/archive-migrations.js";
import { openDatabase } from "./open-database.js";
import { runMigrations } from "./run-migrations.js";
import { createArticleWriter, type CardBuilder } from "./sqlite-article-writer.js";
import { createCardQueries } from "./sqlite-card-queries.js";
import { createSqliteFeedState } from "./sqlite-feed-state.js";
import { createPersonQueries } from "./sqlite-person-queries.js";
import { createSourceRegistry } from "./sqlite-source-registry.js";
import { createWhoSaid } from "./sqlite-who-said.js";
import { guardArchive } from "./to-archive-error.js";

export interface SqliteArchiveOptions {
  /** File path (default `data/briefbot.db` is the caller's choice) or ":memory:". */
  path: string;
  /** Extra migrations of stores sharing the file (chat: 100–199), applied with the archive's. */
  migrations?: readonly Migration[];
  /** Wait for another process's write lock this long before failing (default 5000 ms). */
  busyTimeoutMs?: number;
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
  /** Applies a store's pending migrations (versions outside 1–99) to this file. */
  migrate(migrations: readonly Migration[]): number[];
}

/** Opens (creating and migrating if needed) the archive in one SQLite file. */
export function createSqliteArchive(options: SqliteArchiveOptions): SqliteArchive {
  const now = options.now ?? (() => new Date().toISOString());
  const db = openDatabase({
    path: options.path,
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
  });
  const migrate = (migrations: readonly Migration[]) =>
    guardArchive(() => runMigrations(db, migrations, now));
  try {
    migrate([...archiveMigrations, ...(options.migrations ?? [])]);
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
    (...args: A): R =>
      guardArchive(() => fn(...args));
  const guardAll = <T extends object>(methods: T): T =>
    Object.fromEntries(
      Object.entries(methods).map(([name, fn]) => [
        name,
        read(fn as (...args: unknown[]) => unknown),
      ]),
    ) as T;

  return {
    db,
    feedState: guardAll(createSqliteFeedState(db)),
    migrate,
    ingest: (input, origin) => guardArchive(() => write.immediate(input, origin)),
    getCard: read(cards.getCard),
    latestCards: read(cards.latestCards),
    findArticles: read(cards.findArticles),
    newSince: read(cards.newSince),
    whoSaid: read(whoSaid),
    quotesBy: read(people.quotesBy),
    whoIs: read(people.whoIs),
    sources: guardAll(createSourceRegistry(db, now)),
    close: () => db.close(),
  };
}
