import type Database from "better-sqlite3";
import type { Sync } from "./async-methods.js";
import type { FeedState } from "../app/ports/feed-state.js";

/** `FeedState` in the `sources` and `feed_items` tables. */
export function createSqliteFeedState(db: Database.Database): Sync<FeedState> {
  const source = db.prepare<
    [string],
    {
      etag: string | null;
      last_modified: string | null;
      status: string;
      cap_day: string | null;
      cap_count: number;
    }
  >("SELECT etag, last_modified, status, cap_day, cap_count FROM sources WHERE id = ?");
  const seen = db.prepare<[string, string], { one: number }>(
    "SELECT 1 AS one FROM feed_items WHERE source_id = ? AND item_key = ?",
  );
  const remember = db.prepare(
    "INSERT OR IGNORE INTO feed_items (source_id, item_key, seen_at) VALUES (?, ?, ?)",
  );
  const anyItem = db.prepare("SELECT 1 FROM feed_items WHERE source_id = ? LIMIT 1");
  const setCap = db.prepare("UPDATE sources SET cap_day = ?, cap_count = ? WHERE id = ?");
  const success = db.prepare(
    `UPDATE sources SET status = 'ok', failure_reason = NULL, consecutive_failures = 0, last_polled_at = ?,
     next_poll_at = NULL, etag = ?, last_modified = ? WHERE id = ?`,
  );
  const failure = db.prepare(
    `UPDATE sources SET consecutive_failures = consecutive_failures + 1, failure_reason = ?, last_polled_at = ?,
     next_poll_at = ?, status = CASE WHEN consecutive_failures + 1 >= ? THEN 'failing' ELSE 'backing-off' END WHERE id = ?`,
  );

  return {
    validators(id) {
      const row = source.get(id);
      return { etag: row?.etag ?? null, lastModified: row?.last_modified ?? null };
    },
    needsBaseline: (id) => {
      const row = source.get(id);
      // "ok" means a poll succeeded before; an earlier success with items also left them behind.
      return !row || (row.status !== "ok" && !hasItems(id));
    },
    unseen: (id, items) => items.map((keys) => keys.every((key) => !seen.get(id, key))),
    remember(id, keys, at) {
      for (const key of keys) remember.run(id, key, at);
    },
    takeQuota(id, day, wanted, cap) {
      const row = source.get(id);
      const used = row?.cap_day === day ? row.cap_count : 0;
      const granted = Math.max(0, Math.min(wanted, cap - used));
      setCap.run(day, used + granted, id);
      return granted;
    },
    recordSuccess(id, at, validators) {
      success.run(at, validators.etag, validators.lastModified, id);
    },
    recordFailure(id, at, reason, retryAt, failingAfter) {
      failure.run(reason, at, retryAt, failingAfter, id);
    },
  };

  function hasItems(id: string): boolean {
    return anyItem.get(id) !== undefined;
  }
}
