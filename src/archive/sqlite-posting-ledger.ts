import type Database from "better-sqlite3";
import { channelKey } from "../app/briefings/subscription.js";
import type { LedgerStatus, PostingLedger } from "../app/briefings/posting-ledger.js";

/**
 * The posting ledger in SQLite. The primary key (channel, briefing) makes `claim` atomic across
 * connections and processes: of two INSERT OR IGNOREs only one changes a row.
 */
export function createSqlitePostingLedger(db: Database.Database): PostingLedger {
  const claim = db.prepare(`INSERT OR IGNORE INTO chat_posting_ledger
    (channel_key, briefing_key, status, claimed_by, claimed_at) VALUES (?, ?, 'claimed', ?, ?)`);
  const mark = db.prepare(`UPDATE chat_posting_ledger SET status = ?, finished_at = ?, detail = ?
    WHERE channel_key = ? AND briefing_key = ?`);
  const release = db.prepare(
    "DELETE FROM chat_posting_ledger WHERE channel_key = ? AND briefing_key = ? AND status = 'claimed'",
  );
  const status = db
    .prepare<[string, string], LedgerStatus>(
      "SELECT status FROM chat_posting_ledger WHERE channel_key = ? AND briefing_key = ?",
    )
    .pluck();
  return {
    claim: (channel, key, by, at) => claim.run(channelKey(channel), key, by, at).changes === 1,
    mark: (channel, key, to, at, detail) =>
      void mark.run(to, at, detail ?? null, channelKey(channel), key),
    release: (channel, key) => void release.run(channelKey(channel), key),
    status: (channel, key) => status.get(channelKey(channel), key) ?? null,
  };
}
