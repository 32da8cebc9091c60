import pg from "pg";
import { ArchiveError } from "../../app/archive-error.js";
import type { Migration, PostgresMigration } from "../migration.js";
import { toPostgresArchiveError } from "./postgres-errors.js";

/** Anything that runs a query: the pool, or one checked-out client inside a transaction. */
export type Queryable = Pick<pg.Pool, "query">;

export interface PostgresPoolOptions {
  /** Connections per instance (default 10). */
  max?: number;
  /** Give up connecting after this long (default 5000 ms). */
  connectionTimeoutMs?: number;
}

// COUNT and BIGINT come back as numbers: every count the archive keeps fits in 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Planner settings for briefbot's sessions, which ask many small indexed questions of an archive
 * that stays in memory: a page read at random costs little more than one read in order (the
 * default 4 prices a walk down the primary key far below reading a few thousand index matches,
 * when on a cached archive it is the other way round), and no query runs long enough to repay
 * JIT compilation (which would otherwise start on the larger searches, for tens of ms).
 */
export const postgresSessionSettings = "-c random_page_cost=1.1 -c jit=off";

/** A pool of connections to `postgres://…`; closed with `pool.end()`. */
export function openPostgresPool(url: string, options: PostgresPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    application_name: "briefbot",
    options: postgresSessionSettings,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  return pool;
}

/** True for a `postgres://` or `postgresql://` DATABASE_URL. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url.trim());
}

export { inTransaction } from "./queryable.js";

// One key for every briefbot instance on a database: migrations run one instance at a time.
const migrationLockKey = 0x62726966; // "brif"

const ledgerSql = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)`;

/**
 * Applies every migration not yet in `schema_migrations`, in version order, each in its own
 * transaction (PostgreSQL's DDL is transactional: a failing one rolls back alone). A session
 * advisory lock is held throughout, so N instances starting at once migrate once: the others
 * wait, then find nothing pending. Any pending version is applied, not only those above the
 * highest, because stores in separate ranges (archive 1–99, chat 100–199) arrive independently.
 * SQL migrations written for both engines (`Migration` with a string `up`) are accepted as is.
 * Returns the versions applied now.
 */
export async function runPostgresMigrations(
  pool: pg.Pool,
  migrations: readonly (PostgresMigration | Migration)[],
): Promise<number[]> {
  assertDistinct(migrations);
  const client = await pool.connect().catch((error: unknown) => {
    throw toPostgresArchiveError(error);
  });
  const done: number[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    try {
      await client.query(ledgerSql);
      const { rows } = await client.query<{ version: number }>(
        "SELECT version FROM schema_migrations",
      );
      const applied = new Set(rows.map((r) => r.version));
      const pending = [...migrations]
        .filter((m) => !applied.has(m.version))
        .sort((a, b) => a.version - b.version);
      for (const migration of pending) {
        try {
          await client.query("BEGIN");
          if (typeof migration.up === "string") await client.query(migration.up);
          else await (migration.up as (client: pg.PoolClient) => Promise<void>)(client);
          await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
            migration.version,
            migration.name,
          ]);
          await client.query("COMMIT");
          done.push(migration.version);
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw asMigrationError(migration, error);
        }
      }
    } finally {
      await client
        .query("SELECT pg_advisory_unlock($1)", [migrationLockKey])
        .catch(() => undefined);
    }
  } finally {
    client.release();
  }
  return done;
}

function asMigrationError(migration: { version: number; name: string }, error: unknown): unknown {
  const mapped = toPostgresArchiveError(error);
  // Connection and disk faults keep their own meaning; anything else is a broken migration.
  if (mapped instanceof ArchiveError) return mapped;
  const reason = error instanceof Error ? error.message : String(error);
  return new ArchiveError(
    "migration-failed",
    `The archive database could not be upgraded at migration ${migration.version} (${migration.name}): ${reason}.`,
    { cause: error },
  );
}

function assertDistinct(migrations: readonly { version: number; name: string }[]): void {
  const seen = new Set<number>();
  for (const m of migrations) {
    if (!Number.isInteger(m.version) || m.version < 1 || seen.has(m.version)) {
      throw new Error(`migration "${m.name}" has a missing or repeated version ${m.version}`);
    }
    seen.add(m.version);
  }
}
