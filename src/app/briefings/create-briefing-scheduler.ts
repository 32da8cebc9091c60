import { createHash } from "node:crypto";
import type { ChannelRef, Platform } from "../chat-request.js";
import type { Publisher } from "../ports/publisher.js";
import { runBriefing, type RunBriefingDeps, type RunOutcome } from "./run-briefing.js";
import type { Subscription } from "./subscription.js";
import { channelKey } from "./subscription.js";

export type { RunOutcome } from "./run-briefing.js";

export interface BriefingSchedulerDeps extends Omit<RunBriefingDeps, "leaseMs"> {
  /** One publisher per running platform; subscriptions of other platforms wait for theirs. */
  publishers: Partial<Record<Platform, Publisher>>;
  /** Names this process in the ledger (host:pid). */
  instanceId: string;
  /** A run missed by at most this long still goes out once; older ones are skipped and logged. */
  catchUpMs: number;
  maxCards: number;
  /** A claim not renewed for this long is taken over by another process (default 2 minutes). */
  leaseMs?: number;
  /** Channels posted to at once, so one slow channel never holds up the rest (default 4). */
  maxConcurrentChannels?: number;
}

export interface BriefingScheduler {
  /**
   * Runs every due briefing once; call on start (catch-up) and on each tick (the composition
   * root ticks it with `tickEvery`, node-cron).
   */
  runDue(): Promise<Array<{ channel: ChannelRef; dueAt: string; outcome: RunOutcome }>>;
}

/** The morning-briefing loop: due subscriptions, catch-up, the posting ledger, the publishers. */
export function createBriefingScheduler(deps: BriefingSchedulerDeps): BriefingScheduler {
  const runDeps: RunBriefingDeps = { ...deps, leaseMs: deps.leaseMs ?? 120_000 };
  const runDue = async () => {
    const due = (await deps.subscriptions.due(deps.clock.now().toISOString())).filter(
      (sub) => deps.publishers[sub.channel.platform],
    );
    return inPool(
      due,
      spreadOrder(due, deps.instanceId),
      deps.maxConcurrentChannels ?? 4,
      async (sub) => ({
        channel: sub.channel,
        dueAt: sub.nextDueAt,
        outcome: await runBriefing(
          runDeps,
          deps.publishers[sub.channel.platform] as Publisher,
          sub,
          idempotencyKey(sub),
        ).catch((cause: unknown): RunOutcome => {
          // Logged with its channel; the other channels' runs go on (the pool keeps working), the
          // tick reports the fault, and the lease lets a later tick or another process take over.
          deps.logger.error("briefing run failed", {
            channel: channelKey(sub.channel),
            cause: String(cause),
          });
          throw cause;
        }),
      }),
    );
  };
  return { runDue };
}

/**
 * The order this instance works through the due runs in: its own (a hash of its id and the
 * channel), so that instances ticking at the same second start at different runs instead of
 * all queueing for the first one's claim.
 */
function spreadOrder(due: readonly Subscription[], instanceId: string): number[] {
  const rank = due.map((sub, index) => ({
    index,
    key: createHash("sha1")
      .update(`${instanceId}|${channelKey(sub.channel)}`)
      .digest("hex"),
  }));
  return rank.sort((a, b) => (a.key < b.key ? -1 : 1)).map((entry) => entry.index);
}

/** Runs `work` over `items` in `order`, at most `limit` at once; results in input order. */
async function inPool<T, R>(
  items: readonly T[],
  order: readonly number[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const index = order[next++] as number;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** 25 characters: fits Discord's message nonce, stable per (channel, briefing). */
export function idempotencyKey(sub: Pick<Subscription, "channel" | "nextDueAt">): string {
  return `b${createHash("sha256")
    .update(`${channelKey(sub.channel)}|${sub.nextDueAt}`)
    .digest("hex")
    .slice(0, 24)}`;
}
