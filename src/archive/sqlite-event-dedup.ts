import type Database from "better-sqlite3";
import { eventDedupKeepMs, type EventDedup } from "../app/ports/event-dedup.js";

/** Event de-duplication in the `slack_seen_events` table (chat migration 102; run `chatMigrations` first). */
export function createSqliteEventDedup(
  db: Database.Database,
  now: () => number = Date.now,
): EventDedup {
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
