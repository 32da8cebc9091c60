import type { Migration } from "../migration.js";

/**
 * Posting leases and channel-owned sources.
 * - `chat_posting_ledger`: a claim now has a lease (`lease_until`, renewed while sending; a
 *   claim whose lease ran out is taken over), the index of its first unconfirmed part
 *   (`next_part`), and the briefing as composed when the run began (`briefing`, JSON), so a
 *   resumed run sends the same messages. Claims left by older builds have no lease: expired.
 * - `chat_source_owners`: who added a source. A source added in a channel belongs to that
 *   channel (`channel_key`); one added from the command line belongs to the install
 *   (`channel_key` = 'install'). A source with no owner row (the briefs folder, configured
 *   feeds, anything from before this version) belongs to the install too.
 */
export const leasesAndOwners: Migration = {
  version: 101,
  name: "leases-and-owners",
  up: `
ALTER TABLE chat_posting_ledger ADD COLUMN lease_until TEXT;
ALTER TABLE chat_posting_ledger ADD COLUMN next_part INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chat_posting_ledger ADD COLUMN briefing TEXT;
CREATE TABLE chat_source_owners (
  source_id TEXT NOT NULL,
  channel_key TEXT NOT NULL,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (source_id, channel_key)
);`,
};
