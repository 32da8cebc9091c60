import type { Database } from "better-sqlite3";

/**
 * What the adapter must remember across restarts: Slack event ids already answered (retries and
 * double deliveries are answered once). Which briefing parts were posted is the posting
 * ledger's business (chat tables), not the adapter's.
 */
export interface SlackStore {
  /** True the first time an event id is seen; false for every repeat. */
  claimEvent(eventId: string): boolean;
}

// Slack retries an event for about an hour at most; a day of ids is plenty.
const keepMs = 24 * 60 * 60 * 1000;

/** SQLite-backed when given a database (tables created if missing); in memory otherwise. */
export function createSlackStore(
  db: Database | undefined,
  now: () => number = Date.now,
): SlackStore {
  return db ? createSqliteSlackStore(db, now) : createMemorySlackStore(now);
}

function createSqliteSlackStore(db: Database, now: () => number): SlackStore {
  db.exec(
    "CREATE TABLE IF NOT EXISTS slack_seen_events (event_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL)",
  );
  const claim = db.prepare(
    "INSERT OR IGNORE INTO slack_seen_events (event_id, seen_at) VALUES (?, ?)",
  );
  const prune = db.prepare("DELETE FROM slack_seen_events WHERE seen_at < ?");
  return {
    claimEvent(eventId) {
      prune.run(now() - keepMs);
      return claim.run(eventId, now()).changes === 1;
    },
  };
}

function createMemorySlackStore(now: () => number): SlackStore {
  const seen = new Map<string, number>();
  return {
    claimEvent(eventId) {
      for (const [id, at] of seen) if (at < now() - keepMs) seen.delete(id);
      if (seen.has(eventId)) return false;
      seen.set(eventId, now());
      return true;
    },
  };
}
