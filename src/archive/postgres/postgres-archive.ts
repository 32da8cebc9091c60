import type pg from "pg";
import { buildCard as engineBuildCard } from "../../core/build-card.js";
import type { Migration, PostgresMigration } from "../migration.js";
import type { Archive } from "./archive-port.js";
import {
  openPostgresPool,
  runPostgresMigrations,
  type PostgresPoolOptions,
} from "./open-postgres.js";
import { createPostgresArticleWriter, type CardBuilder } from "./postgres-article-writer.js";
import { createPostgresCardQueries } from "./postgres-card-queries.js";
import { guardPostgres } from "./postgres-errors.js";
import { postgresArchiveMigrations } from "./postgres-migrations/archive-migrations.js";
import { createPostgresPersonQueries } from "./postgres-person-queries.js";
import { createPostgresSourceRegistry } from "./postgres-source-registry.js";
import { createPostgresWhoSaid } from "./postgres-who-said.js";

export interface PostgresArchiveOptions extends PostgresPoolOptions {
  /** Extra migrations of stores sharing the database (chat: 100–199), applied with the archive's. */
  migrations?: readonly (PostgresMigration | Migration)[];
  /** The current time as ISO 8601; defaults to the system clock. */
  now?: () => string;
  /** Builds a card for an article; defaults to the engine's `buildCard`. */
  buildCard?: CardBuilder;
}

/** The archive on PostgreSQL, plus what stores sharing its database need. */
export type PostgresArchive = Archive & {
  /** The pool: other stores (subscriptions, posting ledger) share it. */
  readonly pool: pg.Pool;
};

/** Every method awaited through the fault mapping: driver faults become `ArchiveError`. */
function guardAll<T extends object>(methods: T): T {
  return Object.fromEntries(
    Object.entries(methods).map(([name, fn]) => [
      name,
      (...args: unknown[]) =>
        guardPostgres(() => (fn as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as T;
}

/**
 * Opens the archive on PostgreSQL, migrating the database first (once, whichever of N instances
 * gets there first). Given a URL it owns the pool and `close()` ends it; given a pool, `close()`
 * leaves it to its owner.
 */
export async function openPostgresArchive(
  poolOrUrl: pg.Pool | string,
  options: PostgresArchiveOptions = {},
): Promise<PostgresArchive> {
  const owned = typeof poolOrUrl === "string";
  const pool = owned ? openPostgresPool(poolOrUrl, options) : poolOrUrl;
  const now = options.now ?? (() => new Date().toISOString());
  try {
    await runPostgresMigrations(pool, [
      ...postgresArchiveMigrations,
      ...(options.migrations ?? []),
    ]);
  } catch (error) {
    if (owned) await pool.end();
    throw error;
  }
  const cards = createPostgresCardQueries(pool);
  const people = createPostgresPersonQueries(pool);
  const methods = guardAll({
    ingest: createPostgresArticleWriter(pool, options.buildCard ?? engineBuildCard, now),
    getCard: cards.getCard,
    latestCards: cards.latestCards,
    findArticles: cards.findArticles,
    newSince: cards.newSince,
    whoSaid: createPostgresWhoSaid(pool),
    quotesBy: people.quotesBy,
    whoIs: people.whoIs,
  });
  let closed = false;
  return {
    ...methods,
    pool,
    sources: guardAll(createPostgresSourceRegistry(pool, now)),
    async close() {
      if (closed || !owned) return;
      closed = true;
      await pool.end();
    },
  };
}
