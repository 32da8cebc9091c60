import type Database from "better-sqlite3";
import { eventDedupKeepMs, type EventDedup } from "../app/ports/event-dedup.js";

/** Event de-duplication in the `slack_seen_events` table (times in ms since the epoch). */
export function createSqliteEventDedup(
  db: Database.Database,
  now: () => number = Date.now,
): EventDedup {
  db.exec(
    "CREATE TABLE IF NOT EXISTS slack_seen_events (event_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)",
  );
  const claim = db.prepare(
    "INSERT OR IGNORE INTO slack_seen_events (event_id, seen_at) VALUES (?, ?)",
  );
  const prune = db.prepare("DELETE FROM slack_seen_events WHERE seen_at < ?");
  return {
    async claimEvent(eventId) {
      prune.run(now() - eventDedupKeepMs);
      return claim.run(eventId, now()).changes === 1;
    },
  };
}
