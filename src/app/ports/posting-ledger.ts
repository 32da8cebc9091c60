import type { ChannelRef } from "../chat-request.js";
import type { ComposedBriefing } from "../briefings/compose-briefing.js";

export type LedgerStatus = "claimed" | "posted" | "failed";

/** A run someone started: what it sends, how far it got, since when. */
export interface LedgerRun {
  /** The briefing as composed when the run began, so a resumed run sends the same one; null if
   * the process died before storing it. */
  briefing: ComposedBriefing | null;
  /** Parts below this index are confirmed posted. */
  nextPart: number;
  /** When the run was first claimed (ISO): the platforms are searched from a little before it. */
  claimedAt: string;
}

export type ClaimResult =
  /** Nobody had started this run: the caller owns it. */
  | { kind: "new" }
  /** A run whose holder's lease ran out (died, or released after an unclear failure): the
   * caller owns it now and must ask the platform about part `run.nextPart` before sending it. */
  | { kind: "resumed"; run: LedgerRun }
  /** Another holder's lease is live: leave the run alone (neither post nor move the schedule). */
  | { kind: "held"; by: string; leaseUntil: string }
  | { kind: "finished"; status: "posted" | "failed" };

/**
 * Exactly-once posting across processes sharing the database: a run (channel, due time) is
 * claimed under a lease that its holder renews while sending; a lease left by a dead or slow
 * process expires and the run is taken over, resuming at its first unconfirmed part.
 */
export interface PostingLedger {
  claim(
    channel: ChannelRef,
    briefingKey: string,
    claimedBy: string,
    at: string,
    leaseUntil: string,
  ): Promise<ClaimResult>;
  /** Stores the briefing a new run sends; false when `holder` no longer owns the run. */
  saveBriefing(
    channel: ChannelRef,
    briefingKey: string,
    holder: string,
    briefing: ComposedBriefing,
  ): Promise<boolean>;
  /** Extends the holder's lease; false when another process has taken the run over. */
  renew(
    channel: ChannelRef,
    briefingKey: string,
    holder: string,
    leaseUntil: string,
  ): Promise<boolean>;
  /** Records part `part` as posted; false when the holder lost the run. */
  partPosted(
    channel: ChannelRef,
    briefingKey: string,
    holder: string,
    part: number,
  ): Promise<boolean>;
  mark(
    channel: ChannelRef,
    briefingKey: string,
    status: Exclude<LedgerStatus, "claimed">,
    at: string,
    detail?: string,
  ): Promise<void>;
  /** Ends the holder's lease at `at`, keeping the progress, so the next tick (any process) resumes. */
  release(channel: ChannelRef, briefingKey: string, holder: string, at: string): Promise<void>;
  status(channel: ChannelRef, briefingKey: string): Promise<LedgerStatus | null>;
  /** How far a run got, for status and tests. */
  run(channel: ChannelRef, briefingKey: string): Promise<LedgerRun | null>;
}
