import type { Migration } from "../migration.js";

/** Chat layer tables: channel subscriptions, each channel's briefing cut-off, the posting ledger. */
export const chatTables: Migration = {
  version: 100,
  name: "chat-tables",
  up: `
CREATE TABLE chat_subscriptions (
  channel_key TEXT PRIMARY KEY,
  channel TEXT NOT NULL,
  local_time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  quiet_when_empty INTEGER NOT NULL DEFAULT 0,
  sources TEXT NOT NULL DEFAULT '[]',
  next_due_at TEXT NOT NULL,
  last_run_at TEXT,
  paused_reason TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX chat_subscriptions_due ON chat_subscriptions (next_due_at) WHERE paused_reason IS NULL;
CREATE TABLE chat_channel_state (
  channel_key TEXT PRIMARY KEY,
  briefed_until TEXT NOT NULL
);
CREATE TABLE chat_posting_ledger (
  channel_key TEXT NOT NULL,
  briefing_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'posted', 'failed')),
  claimed_by TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  detail TEXT,
  PRIMARY KEY (channel_key, briefing_key)
);`,
};
