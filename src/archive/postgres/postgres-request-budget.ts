import { setTimeout as sleep } from "node:timers/promises";
import type { RequestBudget } from "../../app/ports/request-budget.js";
import type { Queryable } from "./queryable.js";

/**
 * One counter row per bucket and second, counted on the database's clock so that instances
 * with slightly different clocks still share one window. The increment and the check are one
 * statement: the row lock orders instances taking the same second, and a full second returns
 * no row, so the caller waits for the next one.
 */
const takeSql = `
WITH now AS (SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
INSERT INTO request_budget AS b (bucket, second, used)
SELECT $1, ms / 1000, 1 FROM now
ON CONFLICT (bucket, second) DO UPDATE SET used = b.used + 1 WHERE b.used < $2
RETURNING b.second`;

const untilNextSecondSql = `SELECT 1000 - floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint % 1000 AS ms`;

// Seconds older than this are of no use to anyone.
const pruneEveryMs = 60_000;

export function createPostgresRequestBudget(db: Queryable): RequestBudget {
  let prunedAt = 0;
  return {
    async take(bucket, perSecond) {
      for (;;) {
        if (Date.now() - prunedAt > pruneEveryMs) {
          prunedAt = Date.now();
          await db.query(
            "DELETE FROM request_budget WHERE second < floor(extract(epoch FROM clock_timestamp()))::bigint - 60",
          );
        }
        const { rows } = await db.query(takeSql, [bucket, perSecond]);
        if (rows.length > 0) return;
        const wait = await db.query<{ ms: number }>(untilNextSecondSql);
        await sleep(Number(wait.rows[0]?.ms ?? 100) + 1);
      }
    },
  };
}
