import {
  channelKey,
  type ChannelRef,
  type Subscription,
  type SubscriptionStore,
} from "./chat-ports.js";
import { iso, isoOrNull, type Queryable } from "./queryable.js";

interface Row {
  channel: ChannelRef;
  local_time: string;
  time_zone: string;
  quiet_when_empty: boolean;
  sources: string[];
  next_due_at: Date;
  last_run_at: Date | null;
  paused_reason: string | null;
  created_by: string;
  created_at: Date;
}

const columns = `channel, local_time, time_zone, quiet_when_empty, sources, next_due_at, last_run_at,
  paused_reason, created_by, created_at`;

/**
 * Subscriptions in PostgreSQL (chat migrations 100 and 101). Any number of instances may call
 * `due` at once: it only reads; the posting ledger decides who runs a briefing, and `advance`
 * is a compare-and-set, so of two schedulers moving the same subscription on only one does.
 */
export function createPostgresSubscriptionStore(db: Queryable): SubscriptionStore {
  const changed = async (text: string, params: unknown[]) =>
    ((await db.query(text, params)).rowCount ?? 0) > 0;
  const rows = async (text: string, params: unknown[] = []) =>
    (await db.query<Row>(text, params)).rows.map(fromRow);

  return {
    async get(channel) {
      const [row] = await rows(`SELECT ${columns} FROM chat_subscriptions WHERE channel_key = $1`, [
        channelKey(channel),
      ]);
      return row ?? null;
    },
    add: (s) =>
      changed(
        `INSERT INTO chat_subscriptions (channel_key, ${columns})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (channel_key) DO NOTHING`,
        [
          channelKey(s.channel),
          JSON.stringify(s.channel),
          s.localTime,
          s.timeZone,
          s.quietWhenEmpty,
          JSON.stringify(s.sources),
          s.nextDueAt,
          s.lastRunAt,
          s.pausedReason,
          s.createdBy,
          s.createdAt,
        ],
      ),
    remove: (channel) =>
      changed("DELETE FROM chat_subscriptions WHERE channel_key = $1", [channelKey(channel)]),
    due: (now) =>
      rows(
        `SELECT ${columns} FROM chat_subscriptions
         WHERE paused_reason IS NULL AND next_due_at <= $1 ORDER BY next_due_at, channel_key`,
        [now],
      ),
    all: () => rows(`SELECT ${columns} FROM chat_subscriptions ORDER BY channel_key`),
    advance: (channel, expected, next, lastRun) =>
      changed(
        `UPDATE chat_subscriptions SET next_due_at = $1, last_run_at = $2
         WHERE channel_key = $3 AND next_due_at = $4`,
        [next, lastRun, channelKey(channel), expected],
      ),
    async setSources(channel, sources) {
      await db.query("UPDATE chat_subscriptions SET sources = $1 WHERE channel_key = $2", [
        JSON.stringify(sources),
        channelKey(channel),
      ]);
    },
    async pause(channel, reason) {
      await db.query("UPDATE chat_subscriptions SET paused_reason = $1 WHERE channel_key = $2", [
        reason,
        channelKey(channel),
      ]);
    },
    async briefedUntil(channel) {
      const { rows: found } = await db.query<{ briefed_until: Date }>(
        "SELECT briefed_until FROM chat_channel_state WHERE channel_key = $1",
        [channelKey(channel)],
      );
      return isoOrNull(found[0]?.briefed_until);
    },
    async setBriefedUntil(channel, addedAt) {
      await db.query(
        `INSERT INTO chat_channel_state (channel_key, briefed_until) VALUES ($1, $2)
         ON CONFLICT (channel_key) DO UPDATE
         SET briefed_until = GREATEST(chat_channel_state.briefed_until, excluded.briefed_until)`,
        [channelKey(channel), addedAt],
      );
    },
    async reschedule(channel, s) {
      await db.query(
        `UPDATE chat_subscriptions SET local_time = $1, time_zone = $2, quiet_when_empty = $3,
         next_due_at = $4 WHERE channel_key = $5`,
        [s.localTime, s.timeZone, s.quietWhenEmpty, s.nextDueAt, channelKey(channel)],
      );
    },
    async resume(channel, nextDueAt) {
      await db.query(
        "UPDATE chat_subscriptions SET paused_reason = NULL, next_due_at = $1 WHERE channel_key = $2",
        [nextDueAt, channelKey(channel)],
      );
    },
    async ownSource(sourceId, owner, addedBy, at) {
      await db.query(
        `INSERT INTO chat_source_owners (source_id, channel_key, added_by, added_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [sourceId, owner, addedBy, at],
      );
    },
    disownSource: (sourceId, owner) =>
      changed("DELETE FROM chat_source_owners WHERE source_id = $1 AND channel_key = $2", [
        sourceId,
        owner,
      ]),
    async sourceOwners() {
      const { rows: found } = await db.query<{ source_id: string; channel_key: string }>(
        "SELECT source_id, channel_key FROM chat_source_owners ORDER BY source_id, channel_key",
      );
      const map = new Map<string, Set<string>>();
      for (const row of found) {
        const set = map.get(row.source_id) ?? new Set<string>();
        set.add(row.channel_key);
        map.set(row.source_id, set);
      }
      return map;
    },
  };
}

function fromRow(row: Row): Subscription {
  return {
    channel: row.channel,
    localTime: row.local_time,
    timeZone: row.time_zone,
    quietWhenEmpty: row.quiet_when_empty,
    sources: row.sources,
    nextDueAt: iso(row.next_due_at),
    lastRunAt: isoOrNull(row.last_run_at),
    pausedReason: row.paused_reason,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
  };
}
