import type Database from "better-sqlite3";
import { asyncMethods, type Sync } from "./async-methods.js";
import type { ComposedBriefing } from "../app/briefings/compose-briefing.js";
import { channelKey } from "../app/briefings/subscription.js";
import type {
  ClaimResult,
  LedgerRun,
  LedgerStatus,
  PostingLedger,
} from "../app/ports/posting-ledger.js";

interface LedgerRow {
  status: LedgerStatus;
  claimed_by: string;
  claimed_at: string;
  lease_until: string | null;
  next_part: number;
  briefing: string | null;
}

/**
 * The posting ledger in SQLite (migrations 100 and 101). A claim runs in an IMMEDIATE
 * transaction, so of two processes on one file only one creates or takes over a run; every
 * later write names the holder, so a process that lost its lease cannot overwrite the new one.
 * Times are ISO strings from `toISOString()`, which compare correctly as text.
 */
export function createSqlitePostingLedger(db: Database.Database): PostingLedger {
  return asyncMethods<PostingLedger>(syncPostingLedger(db));
}

function syncPostingLedger(db: Database.Database): Sync<PostingLedger> {
  const select = db.prepare<[string, string], LedgerRow>(
    `SELECT status, claimed_by, claimed_at, lease_until, next_part, briefing
     FROM chat_posting_ledger WHERE channel_key = ? AND briefing_key = ?`,
  );
  const insert = db.prepare(`INSERT OR IGNORE INTO chat_posting_ledger
    (channel_key, briefing_key, status, claimed_by, claimed_at, lease_until) VALUES (?, ?, 'claimed', ?, ?, ?)`);
  const takeOver = db.prepare(`UPDATE chat_posting_ledger SET claimed_by = ?, lease_until = ?
    WHERE channel_key = ? AND briefing_key = ? AND status = 'claimed'`);
  const held = `channel_key = ? AND briefing_key = ? AND claimed_by = ? AND status = 'claimed'`;
  const saveStmt = db.prepare(`UPDATE chat_posting_ledger SET briefing = ? WHERE ${held}`);
  const renewStmt = db.prepare(`UPDATE chat_posting_ledger SET lease_until = ? WHERE ${held}`);
  const partStmt = db.prepare(
    `UPDATE chat_posting_ledger SET next_part = max(next_part, ?) WHERE ${held}`,
  );
  const releaseStmt = db.prepare(`UPDATE chat_posting_ledger SET lease_until = ? WHERE ${held}`);
  const markStmt =
    db.prepare(`UPDATE chat_posting_ledger SET status = ?, finished_at = ?, detail = ?
    WHERE channel_key = ? AND briefing_key = ?`);

  const claim = db.transaction(
    (key: string, run: string, by: string, at: string, leaseUntil: string): ClaimResult => {
      if (insert.run(key, run, by, at, leaseUntil).changes === 1) return { kind: "new" };
      const row = select.get(key, run);
      if (!row) throw new Error(`ledger row ${key} ${run} vanished inside a transaction`);
      if (row.status !== "claimed") return { kind: "finished", status: row.status };
      if (row.lease_until !== null && row.lease_until > at)
        return { kind: "held", by: row.claimed_by, leaseUntil: row.lease_until };
      takeOver.run(by, leaseUntil, key, run);
      return { kind: "resumed", run: toRun(row) };
    },
  );

  return {
    claim: (channel, run, by, at, leaseUntil) =>
      claim.immediate(channelKey(channel), run, by, at, leaseUntil),
    saveBriefing: (channel, run, holder, briefing) =>
      saveStmt.run(JSON.stringify(briefing), channelKey(channel), run, holder).changes === 1,
    renew: (channel, run, holder, leaseUntil) =>
      renewStmt.run(leaseUntil, channelKey(channel), run, holder).changes === 1,
    partPosted: (channel, run, holder, part) =>
      partStmt.run(part + 1, channelKey(channel), run, holder).changes === 1,
    mark: (channel, run, to, at, detail) =>
      void markStmt.run(to, at, detail ?? null, channelKey(channel), run),
    release: (channel, run, holder, at) =>
      void releaseStmt.run(at, channelKey(channel), run, holder),
    status: (channel, run) => select.get(channelKey(channel), run)?.status ?? null,
    run: (channel, run) => {
      const row = select.get(channelKey(channel), run);
      return row ? toRun(row) : null;
    },
  };
}

function toRun(row: LedgerRow): LedgerRun {
  return {
    briefing: row.briefing ? (JSON.parse(row.briefing) as ComposedBriefing) : null,
    nextPart: row.next_part,
    claimedAt: row.claimed_at,
  };
}
