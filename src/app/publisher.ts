import type { ChannelRef } from "./chat-request.js";
import type { Reply } from "./reply.js";

/** How a scheduled briefing leaves the building: one implementation per platform. */
export interface Publisher {
  /**
   * Posts a briefing to a channel. `idempotencyKey` is stable for one (channel, briefing) and
   * lets the platform drop a repeat (Discord's nonce); the posting ledger guards the rest.
   */
  publish(channel: ChannelRef, reply: Reply, idempotencyKey: string): Promise<PublishOutcome>;
}

export type PublishOutcome =
  | { ok: true }
  /** `permanent` faults (channel gone, bot removed) pause the subscription with `reason`. */
  | { ok: false; permanent: boolean; reason: string };
