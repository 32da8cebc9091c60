import type { EventDedup } from "./chat-ports.js";
import type { Queryable } from "./queryable.js";

// Slack retries an event for about an hour at most; a day of ids is plenty.
const keepMs = 24 * 60 * 60 * 1000;
// Old ids are deleted at most this often per instance, not on every event.
const pruneEveryMs = 60 * 1000;

/**
 * Slack event de-duplication shared by every instance (chat migration 200): a retry that lands
 * on another instance is still answered once. One statement decides: the first insert of an id
 * wins; an id older than a day counts as new again (so correctness never waits on pruning).
 */
export function createPostgresEventDedup(db: Queryable, now: () => number = Date.now): EventDedup {
  let prunedAt = Number.NEGATIVE_INFINITY;
  return {
    async claimEvent(eventId) {
      const at = now();
      const cutoff = new Date(at - keepMs).toISOString();
      if (at - prunedAt >= pruneEveryMs) {
        prunedAt = at;
        await db.query("DELETE FROM slack_seen_events WHERE seen_at < $1", [cutoff]);
      }
      const { rowCount } = await db.query(
        `INSERT INTO slack_seen_events AS e (event_id, seen_at) VALUES ($1, $2)
         ON CONFLICT (event_id) DO UPDATE SET seen_at = excluded.seen_at WHERE e.seen_at < $3`,
        [eventId, new Date(at).toISOString(), cutoff],
      );
      return (rowCount ?? 0) === 1;
    },
  };
}
