import { eventDedupKeepMs, type EventDedup } from "./ports/event-dedup.js";

/** Event de-duplication in memory: for tests and for running without a database. */
export function createMemoryEventDedup(now: () => number = Date.now): EventDedup {
  const seen = new Map<string, number>();
  return {
    async claimEvent(eventId) {
      for (const [id, at] of seen) if (at < now() - eventDedupKeepMs) seen.delete(id);
      if (seen.has(eventId)) return false;
      seen.set(eventId, now());
      return true;
    },
  };
}
