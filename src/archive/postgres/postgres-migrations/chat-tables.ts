import type { Migration } from "../../migration.js";

/**
 * The chat layer's tables on PostgreSQL (versions 100–199, as on SQLite), plus the Slack
 * adapter's shared tables (200 and up): installations and event de-duplication, so that N
 * instances behind a load balancer share them. Times are `timestamptz`; JSON is `jsonb`.
 * A migration never changes once released: add a new one instead.
 */
export const chatPostgresMigrations: readonly Migration[] = [
  {
    // Mirrors src/archive/migrations/100-chat-tables.ts.
    version: 100,
    name: "chat-tables",
    up: `
CREATE TABLE chat_subscriptions (
  channel_key TEXT PRIMARY KEY,
  channel JSONB NOT NULL,
  local_time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  quiet_when_empty BOOLEAN NOT NULL DEFAULT FALSE,
  sources JSONB NOT NULL DEFAULT '[]',
  next_due_at TIMESTAMPTZ NOT NULL,
  last_run_at TIMESTAMPTZ,
  paused_reason TEXT,
  created_by TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX chat_subscriptions_due ON chat_subscriptions (next_due_at) WHERE paused_reason IS NULL;
CREATE TABLE chat_channel_state (
  channel_key TEXT PRIMARY KEY,
  briefed_until TIMESTAMPTZ NOT NULL
);
CREATE TABLE chat_posting_ledger (
  channel_key TEXT NOT NULL,
  briefing_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed')),
  claimed_by TEXT NOT NULL,
  claimed_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  detail TEXT,
  PRIMARY KEY (channel_key, briefing_key)
);`,
  },
  {
    // Mirrors src/archive/migrations/101-leases-and-owners.ts: leases, progress and the
    // composed briefing on each run; who added each source.
    version: 101,
    name: "leases-and-owners",
    up: `
ALTER TABLE chat_posting_ledger ADD COLUMN lease_until TIMESTAMPTZ;
ALTER TABLE chat_posting_ledger ADD COLUMN next_part INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_posting_ledger ADD COLUMN briefing JSONB;
CREATE TABLE chat_source_owners (
  source_id TEXT NOT NULL,
  channel_key TEXT NOT NULL,
  added_by TEXT NOT NULL,
  added_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (source_id, channel_key)
);`,
  },
  {
    // The request budget all instances share (Discord's global limit); one row per bucket and
    // second, old seconds pruned as they pass.
    version: 110,
    name: "request-budget",
    up: `
CREATE TABLE request_budget (
  bucket TEXT NOT NULL,
  second BIGINT NOT NULL,
  used INTEGER NOT NULL,
  PRIMARY KEY (bucket, second)
);`,
  },
  {
    // On SQLite these are created on open by the Slack adapter (slack-store.ts,
    // sqlite-installation-store.ts); on PostgreSQL they are shared by every instance.
    version: 200,
    name: "slack-tables",
    up: `
CREATE TABLE slack_seen_events (
  event_id TEXT PRIMARY KEY,
  seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX slack_seen_events_seen_at ON slack_seen_events (seen_at);
CREATE TABLE slack_installations (
  install_key TEXT PRIMARY KEY,
  installation JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);`,
  },
];
