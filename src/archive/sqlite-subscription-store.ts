import type Database from "better-sqlite3";
import { asyncMethods, type Sync } from "./async-methods.js";
import type { ChannelRef } from "../app/chat-request.js";
import { channelKey, type Subscription } from "../app/briefings/subscription.js";
import type { SubscriptionStore } from "../app/ports/subscription-store.js";

interface Row {
  channel: string;
  local_time: string;
  time_zone: string;
  quiet_when_empty: number;
  sources: string;
  next_due_at: string;
  last_run_at: string | null;
  paused_reason: string | null;
  created_by: string;
  created_at: string;
}

/** Subscriptions in the chat tables (migration 100); run `migrateChatTables` first. */
export function createSqliteSubscriptionStore(db: Database.Database): SubscriptionStore {
  return asyncMethods<SubscriptionStore>(syncSubscriptionStore(db));
}

function syncSubscriptionStore(db: Database.Database): Sync<SubscriptionStore> {
  const select = "SELECT * FROM chat_subscriptions";
  const getStmt = db.prepare<[string], Row>(`${select} WHERE channel_key = ?`);
  const dueStmt = db.prepare<[string], Row>(
    `${select} WHERE paused_reason IS NULL AND next_due_at <= ? ORDER BY next_due_at`,
  );
  const allStmt = db.prepare<[], Row>(`${select} ORDER BY channel_key`);
  const insert = db.prepare(`INSERT OR IGNORE INTO chat_subscriptions
    (channel_key, channel, local_time, time_zone, quiet_when_empty, sources, next_due_at, last_run_at, paused_reason, created_by, created_at)
    VALUES (@key, @channel, @localTime, @timeZone, @quiet, @sources, @nextDueAt, @lastRunAt, @pausedReason, @createdBy, @createdAt)`);
  const advanceStmt = db.prepare(
    "UPDATE chat_subscriptions SET next_due_at = ?, last_run_at = ? WHERE channel_key = ? AND next_due_at = ?",
  );
  const briefedGet = db
    .prepare<[string], string>("SELECT briefed_until FROM chat_channel_state WHERE channel_key = ?")
    .pluck();
  const briefedSet =
    db.prepare(`INSERT INTO chat_channel_state (channel_key, briefed_until) VALUES (?, ?)
    ON CONFLICT (channel_key) DO UPDATE SET briefed_until = max(briefed_until, excluded.briefed_until)`);
  const own =
    db.prepare(`INSERT OR IGNORE INTO chat_source_owners (source_id, channel_key, added_by, added_at)
    VALUES (?, ?, ?, ?)`);
  const disown = db.prepare(
    "DELETE FROM chat_source_owners WHERE source_id = ? AND channel_key = ?",
  );
  const owners = db.prepare<[], { source_id: string; channel_key: string }>(
    "SELECT source_id, channel_key FROM chat_source_owners",
  );
  const reschedule = db.prepare(`UPDATE chat_subscriptions SET local_time = @localTime,
    time_zone = @timeZone, quiet_when_empty = @quiet, next_due_at = @nextDueAt WHERE channel_key = @key`);
  const resume = db.prepare(
    "UPDATE chat_subscriptions SET paused_reason = NULL, next_due_at = ? WHERE channel_key = ?",
  );
  return {
    get: (channel) => fromRow(getStmt.get(channelKey(channel))),
    add: (s) => insert.run(toParams(s)).changes === 1,
    remove: (channel) =>
      db.prepare("DELETE FROM chat_subscriptions WHERE channel_key = ?").run(channelKey(channel))
        .changes === 1,
    due: (now) => dueStmt.all(now).map((row) => fromRow(row) as Subscription),
    all: () => allStmt.all().map((row) => fromRow(row) as Subscription),
    advance: (channel, expected, next, lastRun) =>
      advanceStmt.run(next, lastRun, channelKey(channel), expected).changes === 1,
    setSources: (channel, sources) => updateColumn(db, channel, "sources", JSON.stringify(sources)),
    pause: (channel, reason) => updateColumn(db, channel, "paused_reason", reason),
    briefedUntil: (channel) => briefedGet.get(channelKey(channel)) ?? null,
    setBriefedUntil: (channel: ChannelRef, addedAt: string) =>
      void briefedSet.run(channelKey(channel), addedAt),
    reschedule: (channel, s) =>
      void reschedule.run({
        key: channelKey(channel),
        localTime: s.localTime,
        timeZone: s.timeZone,
        quiet: s.quietWhenEmpty ? 1 : 0,
        nextDueAt: s.nextDueAt,
      }),
    resume: (channel, nextDueAt) => void resume.run(nextDueAt, channelKey(channel)),
    ownSource: (sourceId, owner, addedBy, at) => void own.run(sourceId, owner, addedBy, at),
    disownSource: (sourceId, owner) => disown.run(sourceId, owner).changes === 1,
    sourceOwners: () => {
      const map = new Map<string, Set<string>>();
      for (const row of owners.all()) {
        const set = map.get(row.source_id) ?? new Set<string>();
        set.add(row.channel_key);
        map.set(row.source_id, set);
      }
      return map;
    },
  };
}

function updateColumn(
  db: Database.Database,
  channel: ChannelRef,
  column: "sources" | "paused_reason",
  value: string,
): void {
  db.prepare(`UPDATE chat_subscriptions SET ${column} = ? WHERE channel_key = ?`).run(
    value,
    channelKey(channel),
  );
}

function toParams(s: Subscription): Record<string, string | number | null> {
  return {
    key: channelKey(s.channel),
    channel: JSON.stringify(s.channel),
    localTime: s.localTime,
    timeZone: s.timeZone,
    quiet: s.quietWhenEmpty ? 1 : 0,
    sources: JSON.stringify(s.sources),
    nextDueAt: s.nextDueAt,
    lastRunAt: s.lastRunAt,
    pausedReason: s.pausedReason,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
  };
}

function fromRow(row: Row | undefined): Subscription | null {
  if (!row) return null;
  return {
    channel: JSON.parse(row.channel) as ChannelRef,
    localTime: row.local_time,
    timeZone: row.time_zone,
    quietWhenEmpty: row.quiet_when_empty === 1,
    sources: JSON.parse(row.sources) as string[],
    nextDueAt: row.next_due_at,
    lastRunAt: row.last_run_at,
    pausedReason: row.paused_reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
