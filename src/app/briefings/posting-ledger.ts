import type { ChannelRef } from "../chat-request.js";

export type LedgerStatus = "claimed" | "posted" | "failed";

/**
 * Exactly-once posting: claim a (channel, briefing) before sending, mark it after. A claim is
 * atomic across processes sharing the database, and is never taken twice, so a crash between
 * send and mark leaves a claim that stops a repost on restart.
 */
export interface PostingLedger {
  /** True when this caller now owns the briefing; false when anyone claimed it before. */
  claim(channel: ChannelRef, briefingKey: string, claimedBy: string, at: string): boolean;
  mark(
    channel: ChannelRef,
    briefingKey: string,
    status: Exclude<LedgerStatus, "claimed">,
    at: string,
    detail?: string,
  ): void;
  /** Drops a claim whose send failed transiently, so a later tick may try again. */
  release(channel: ChannelRef, briefingKey: string): void;
  status(channel: ChannelRef, briefingKey: string): LedgerStatus | null;
}
