import type { QueryResult, QueryResultRow } from "pg";

/** What the stores need of a connection: a `pg.Pool`, a `pg.PoolClient` or a `pg.Client`. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    params?: unknown[],
  ): Promise<QueryResult<R>>;
}

/** A checked-out connection, returned to the pool with `release`. */
export interface PooledClient extends Queryable {
  release(error?: Error | boolean): void;
}

/** What the stores need of a pool (`pg.Pool` fits): queries, and a client for a transaction. */
export interface Pool extends Queryable {
  connect(): Promise<PooledClient>;
}

/**
 * Runs `work` in one transaction on one client: committed if it resolves, rolled back if not.
 * The client is the pool's own type (a `pg.PoolClient` for a `pg.Pool`), so callers keep its API.
 */
export async function inTransaction<C extends PooledClient, T>(
  pool: { connect(): Promise<C> },
  work: (client: C) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    // A failed ROLLBACK means the connection is broken: destroy it rather than reuse it.
    const rollback = await client.query("ROLLBACK").then(
      () => undefined,
      (rollbackError: unknown) => rollbackError,
    );
    client.release(rollback instanceof Error ? rollback : undefined);
    throw error;
  }
}

/** ISO 8601 (as `toISOString` writes it) of a timestamptz the driver returned as a Date. */
export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function isoOrNull(value: Date | string | null | undefined): string | null {
  return value === null || value === undefined ? null : iso(value);
}
