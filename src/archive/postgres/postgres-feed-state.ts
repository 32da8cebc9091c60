import type { FeedState } from "./chat-ports.js";
import { inTransaction, type Pool } from "./queryable.js";

/**
 * `FeedState` in the archive's `sources` and `feed_items` tables on PostgreSQL. The daily cap
 * is taken under the source row's lock, so instances polling the same feed never grant more
 * than `cap` in a day between them. Columns are read as text (`cap_day::text`) so either a
 * TEXT or a DATE column fits.
 */
export function createPostgresFeedState(db: Pool): FeedState {
  const source = async (id: string) =>
    (
      await db.query<{ etag: string | null; last_modified: string | null; status: string }>(
        "SELECT etag, last_modified, status FROM sources WHERE id = $1",
        [id],
      )
    ).rows[0];

  return {
    async validators(id) {
      const row = await source(id);
      return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null };
    },
    async needsBaseline(id) {
      // "ok" means a poll succeeded before; an earlier success with items also left them behind.
      const { rows } = await db.query<{ ok: boolean; has_items: boolean }>(
        `SELECT s.status = 'ok' AS ok,
           EXISTS (SELECT 1 FROM feed_items f WHERE f.source_id = $1) AS has_items
         FROM sources s WHERE s.id = $1`,
        [id],
      );
      const row = rows[0];
      return !row || (!row.ok && !row.has_items);
    },
    async unseen(id, items) {
      const keys = [...new Set(items.flat())];
      if (keys.length === 0) return items.map(() => true);
      const { rows } = await db.query<{ item_key: string }>(
        "SELECT item_key FROM feed_items WHERE source_id = $1 AND item_key = ANY($2::text[])",
        [id, keys],
      );
      const seen = new Set(rows.map((row) => row.item_key));
      return items.map((itemKeys) => itemKeys.every((key) => !seen.has(key)));
    },
    async remember(id, keys, at) {
      if (keys.length === 0) return;
      await db.query(
        `INSERT INTO feed_items (source_id, item_key, seen_at)
         SELECT $1, key, $3 FROM unnest($2::text[]) AS key ON CONFLICT DO NOTHING`,
        [id, [...new Set(keys)], at],
      );
    },
    takeQuota: (id, day, wanted, cap) =>
      inTransaction(db, async (tx) => {
        const { rows } = await tx.query<{ used: number }>(
          `SELECT CASE WHEN cap_day::text = $2 THEN cap_count ELSE 0 END::int AS used
           FROM sources WHERE id = $1 FOR UPDATE`,
          [id, day],
        );
        const used = rows[0]?.used ?? 0;
        const granted = Math.max(0, Math.min(wanted, cap - used));
        if (rows[0])
          await tx.query("UPDATE sources SET cap_day = $1, cap_count = $2 WHERE id = $3", [
            day,
            used + granted,
            id,
          ]);
        return granted;
      }),
    async recordSuccess(id, at, validators) {
      await db.query(
        `UPDATE sources SET status = 'ok', failure_reason = NULL, consecutive_failures = 0,
         last_polled_at = $1, next_poll_at = NULL, etag = $2, last_modified = $3 WHERE id = $4`,
        [at, validators.etag, validators.lastModified, id],
      );
    },
    async recordFailure(id, at, reason, retryAt, failingAfter) {
      await db.query(
        `UPDATE sources SET consecutive_failures = consecutive_failures + 1, failure_reason = $1,
         last_polled_at = $2, next_poll_at = $3,
         status = CASE WHEN consecutive_failures + 1 >= $4 THEN 'failing' ELSE 'backing-off' END
         WHERE id = $5`,
        [reason, at, retryAt, failingAfter, id],
      );
    },
  };
}
