import { ArchiveError } from "../app/archive-error.js";
import { createLocalRequestBudget } from "../app/briefings/local-request-budget.js";
import type { Archive } from "../app/ports/archive.js";
import type { EventDedup } from "../app/ports/event-dedup.js";
import type { FeedState } from "../app/ports/feed-state.js";
import type { InstallationStore } from "../app/ports/installation-store.js";
import type { PostingLedger } from "../app/ports/posting-ledger.js";
import type { RequestBudget } from "../app/ports/request-budget.js";
import type { SubscriptionStore } from "../app/ports/subscription-store.js";
import { systemClock } from "../app/system-clock.js";
import { chatMigrations } from "../archive/migrations/chat-migrations.js";
import { openPostgresArchive } from "../archive/postgres/postgres-archive.js";
import { createPostgresEventDedup } from "../archive/postgres/postgres-event-dedup.js";
import { createPostgresFeedState } from "../archive/postgres/postgres-feed-state.js";
import { createPostgresInstallationStore } from "../archive/postgres/postgres-installation-store.js";
import { chatPostgresMigrations } from "../archive/postgres/postgres-migrations/chat-tables.js";
import { createPostgresPostingLedger } from "../archive/postgres/postgres-posting-ledger.js";
import { createPostgresRequestBudget } from "../archive/postgres/postgres-request-budget.js";
import { createPostgresSubscriptionStore } from "../archive/postgres/postgres-subscription-store.js";
import { createSqliteArchive } from "../archive/sqlite-archive.js";
import { createSqliteEventDedup } from "../archive/sqlite-event-dedup.js";
import { createSqliteInstallationStore } from "../archive/sqlite-installation-store.js";
import { createSqlitePostingLedger } from "../archive/sqlite-posting-ledger.js";
import { createSqliteSubscriptionStore } from "../archive/sqlite-subscription-store.js";

/** Where everything briefbot keeps lives: one SQLite file, or one PostgreSQL database. */
export interface StoreLocation {
  /** The SQLite file (`BRIEFBOT_DB`), used when `databaseUrl` is not set. */
  db: string;
  /** `DATABASE_URL`: PostgreSQL, shared by any number of instances. */
  databaseUrl?: string | undefined;
}

/** Every store behind the ports, on one engine, opened and migrated. */
export interface Stores {
  engine: "sqlite" | "postgres";
  /** Where, for messages: the file path, or the database URL without its password. */
  where: string;
  archive: Archive;
  feedState: FeedState;
  subscriptions: SubscriptionStore;
  ledger: PostingLedger;
  eventDedup: EventDedup;
  installations: InstallationStore;
  /** Shared by every instance on PostgreSQL; one process's own on SQLite. */
  requestBudget: RequestBudget;
  /** SQLite only: why the daily backup failed at open, if it did. */
  backupProblem: string | null;
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** SQLite: keep the daily `<db>.bak` (start and chat do; one-shot commands do not). */
  backup?: boolean;
  /** Connections per instance on PostgreSQL. */
  poolSize?: number;
}

/**
 * Opens the stores the configuration names. Throws `ArchiveError` with a sentence when the file
 * or the server cannot be used (locked, corrupt, refused, unreachable).
 */
export async function openStores(
  location: StoreLocation,
  options: OpenStoresOptions = {},
): Promise<Stores> {
  const now = () => systemClock.now().toISOString();
  if (location.databaseUrl) {
    const archive = await openPostgresArchive(location.databaseUrl, {
      migrations: chatPostgresMigrations,
      now,
      ...(options.poolSize ? { max: options.poolSize } : {}),
    });
    const { pool } = archive;
    return {
      engine: "postgres",
      where: redactUrl(location.databaseUrl),
      archive,
      feedState: createPostgresFeedState(pool),
      subscriptions: createPostgresSubscriptionStore(pool),
      ledger: createPostgresPostingLedger(pool),
      eventDedup: createPostgresEventDedup(pool),
      installations: createPostgresInstallationStore(pool),
      requestBudget: createPostgresRequestBudget(pool),
      backupProblem: null,
      close: () => archive.close(),
    };
  }
  const archive = createSqliteArchive({
    path: location.db,
    migrations: chatMigrations,
    now,
    backup: options.backup === true,
  });
  return {
    engine: "sqlite",
    where: location.db,
    archive,
    feedState: archive.feedState,
    subscriptions: createSqliteSubscriptionStore(archive.db),
    ledger: createSqlitePostingLedger(archive.db),
    eventDedup: createSqliteEventDedup(archive.db),
    installations: createSqliteInstallationStore(archive.db),
    requestBudget: createLocalRequestBudget(),
    backupProblem: archive.backupProblem,
    close: () => archive.close(),
  };
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: a password is never shown. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "the configured database";
  }
}

export { ArchiveError };
