import {
  channelKey,
  type ComposedBriefing,
  type LedgerRun,
  type LedgerStatus,
  type PostingLedger,
} from "./chat-ports.js";
import { iso, type Queryable } from "./queryable.js";

/**
 * The claim, in one statement: creates the run, or takes over a claimed run whose lease ran
 * out (or that has none). Of any number of instances claiming at once, one row lock decides:
 * PostgreSQL re-checks the `WHERE` of `DO UPDATE` against the row as the winner left it, so a
 * lease taken a moment ago is seen as live. `xmax = 0` only on a freshly inserted row, which
 * tells `new` from `resumed`; progress and `claimed_at` are not touched by a take-over, so the
 * returned row is the run as its previous holder left it.
 */
export const claimSql = `
INSERT INTO chat_posting_ledger AS l
  (channel_key, briefing_key, status, claimed_by, claimed_at, lease_until)
VALUES ($1, $2, 'claimed', $3, $4, $5)
ON CONFLICT (channel_key, briefing_key) DO UPDATE
  SET claimed_by = excluded.claimed_by, lease_until = excluded.lease_until
  WHERE l.status = 'claimed' AND (l.lease_until IS NULL OR l.lease_until <= excluded.claimed_at)
RETURNING (l.xmax = 0) AS created, l.claimed_at, l.next_part, l.briefing`;

interface RunRow {
  claimed_at: Date;
  next_part: number;
  briefing: ComposedBriefing | null;
}

interface LedgerRow extends RunRow {
  status: LedgerStatus;
  claimed_by: string;
  lease_until: Date | null;
}

const selectSql = `SELECT status, claimed_by, claimed_at, lease_until, next_part, briefing
  FROM chat_posting_ledger WHERE channel_key = $1 AND briefing_key = $2`;

// Every write by a holder names it: a process that lost its lease cannot touch the new one's run.
const held = "channel_key = $2 AND briefing_key = $3 AND claimed_by = $4 AND status = 'claimed'";

/**
 * Exactly-once posting across instances sharing one PostgreSQL database (migrations 100, 101).
 * Times are ISO strings in and out, `timestamptz` in the table.
 */
export function createPostgresPostingLedger(db: Queryable): PostingLedger {
  const changed = async (text: string, params: unknown[]) =>
    ((await db.query(text, params)).rowCount ?? 0) > 0;
  const select = async (key: string, run: string) =>
    (await db.query<LedgerRow>(selectSql, [key, run])).rows[0];

  return {
    async claim(channel, run, by, at, leaseUntil) {
      const key = channelKey(channel);
      // A run seen neither claimable nor held was released between the two statements: again.
      for (let attempt = 0; attempt < 5; attempt++) {
        const { rows } = await db.query<RunRow & { created: boolean }>(claimSql, [
          key,
          run,
          by,
          at,
          leaseUntil,
        ]);
        const claimed = rows[0];
        if (claimed)
          return claimed.created ? { kind: "new" } : { kind: "resumed", run: toRun(claimed) };
        const row = await select(key, run);
        if (!row) continue;
        if (row.status !== "claimed") return { kind: "finished", status: row.status };
        if (row.lease_until !== null && iso(row.lease_until) > iso(at))
          return { kind: "held", by: row.claimed_by, leaseUntil: iso(row.lease_until) };
      }
      throw new Error(`ledger run ${key} ${run} kept changing while being claimed`);
    },
    saveBriefing: (channel, run, holder, briefing) =>
      changed(`UPDATE chat_posting_ledger SET briefing = $1 WHERE ${held}`, [
        JSON.stringify(briefing),
        channelKey(channel),
        run,
        holder,
      ]),
    renew: (channel, run, holder, leaseUntil) =>
      changed(`UPDATE chat_posting_ledger SET lease_until = $1 WHERE ${held}`, [
        leaseUntil,
        channelKey(channel),
        run,
        holder,
      ]),
    partPosted: (channel, run, holder, part) =>
      changed(`UPDATE chat_posting_ledger SET next_part = GREATEST(next_part, $1) WHERE ${held}`, [
        part + 1,
        channelKey(channel),
        run,
        holder,
      ]),
    async mark(channel, run, status, at, detail) {
      await db.query(
        `UPDATE chat_posting_ledger SET status = $1, finished_at = $2, detail = $3
         WHERE channel_key = $4 AND briefing_key = $5`,
        [status, at, detail ?? null, channelKey(channel), run],
      );
    },
    async release(channel, run, holder, at) {
      await db.query(`UPDATE chat_posting_ledger SET lease_until = $1 WHERE ${held}`, [
        at,
        channelKey(channel),
        run,
        holder,
      ]);
    },
    status: async (channel, run) => (await select(channelKey(channel), run))?.status ?? null,
    async run(channel, run) {
      const row = await select(channelKey(channel), run);
      return row ? toRun(row) : null;
    },
  };
}

function toRun(row: RunRow): LedgerRun {
  return { briefing: row.briefing, nextPart: row.next_part, claimedAt: iso(row.claimed_at) };
}
