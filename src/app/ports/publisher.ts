import type { ChannelRef } from "../chat-request.js";
import type { Reply } from "../reply.js";

/** One message of one scheduled run: what the platform marker carries. */
export interface PartRef {
  /** Stable for one (channel, due time): the same on every attempt and in every process. */
  runKey: string;
  /** 0-based index of the platform message within the run. */
  part: number;
}

/**
 * How a scheduled briefing leaves the building: one implementation per platform. The scheduler
 * posts a run part by part and records each; every part carries a marker (Slack message
 * metadata, a Discord footer reference) so that after an unclear failure — a dropped
 * connection, a timeout, a 5xx after the platform may have accepted — the next attempt asks
 * `findPosted` instead of sending a second copy.
 */
export interface Publisher {
  /** How many platform messages `reply` becomes (rendering is deterministic). */
  partsOf(reply: Reply): number;
  /** Posts message `ref.part` of `reply`, carrying the (runKey, part) marker. */
  postPart(channel: ChannelRef, reply: Reply, ref: PartRef): Promise<PublishOutcome>;
  /** Whether the marked message is in the channel already; `since` bounds the look-back (ISO). */
  findPosted(channel: ChannelRef, ref: PartRef, since: string): Promise<FindOutcome>;
  /**
   * Tells a person or channel why posting stopped and how to fix it: a DM to `userId` when the
   * platform allows it, else the channel. Best effort: false when it could not be delivered.
   */
  notify?(channel: ChannelRef, userId: string | null, text: string): Promise<boolean>;
}

export type PublishOutcome =
  | { ok: true }
  /** `permanent` faults (channel gone, bot removed) pause the subscription with `reason`. */
  | { ok: false; permanent: boolean; reason: string };

export type FindOutcome =
  { ok: true; found: boolean } | { ok: false; permanent: boolean; reason: string };
