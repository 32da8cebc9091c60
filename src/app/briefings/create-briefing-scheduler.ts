import { createHash } from "node:crypto";
import type { Archive } from "../archive.js";
import type { ChannelRef, Platform } from "../chat-request.js";
import type { Logger } from "../logger.js";
import type { Publisher } from "../publisher.js";
import type { Clock } from "./clock.js";
import { nextRun } from "./next-run.js";
import type { PostingLedger } from "./posting-ledger.js";
import { commitBriefing, prepareBriefing } from "./prepare-briefing.js";
import type { Subscription } from "./subscription.js";
import { channelKey } from "./subscription.js";
import type { SubscriptionStore } from "./subscription-store.js";

export interface BriefingSchedulerDeps {
  archive: Archive;
  subscriptions: SubscriptionStore;
  ledger: PostingLedger;
  /** One publisher per running platform; subscriptions of other platforms wait for theirs. */
  publishers: Partial<Record<Platform, Publisher>>;
  clock: Clock;
  logger: Logger;
  /** Names this process in the ledger (host:pid). */
  instanceId: string;
  /** A run missed by at most this long still goes out once; older ones are skipped and logged. */
  catchUpMs: number;
  maxCards: number;
}

export type RunOutcome =
  "posted" | "quiet" | "skipped-late" | "already-claimed" | "paused" | "retry-later";

export interface BriefingScheduler {
  /** Runs every due briefing once; call on start (catch-up) and on each tick. */
  runDue(): Promise<Array<{ channel: ChannelRef; dueAt: string; outcome: RunOutcome }>>;
  /** Ticks every `intervalMs` (default 30 s) until stopped; `stop` waits for a tick in flight. */
  start(intervalMs?: number): { stop(): Promise<void> };
}

/** The morning-briefing loop: due subscriptions, catch-up, the posting ledger, the publishers. */
export function createBriefingScheduler(deps: BriefingSchedulerDeps): BriefingScheduler {
  const runOne = async (sub: Subscription, now: Date): Promise<RunOutcome> => {
    const next = nextRun(sub.localTime, sub.timeZone, now).toISOString();
    const advance = (lastRun: string | null) =>
      deps.subscriptions.advance(sub.channel, sub.nextDueAt, next, lastRun);
    if (now.getTime() - Date.parse(sub.nextDueAt) > deps.catchUpMs) {
      deps.logger.warn(
        "briefing skipped: missed by more than the catch-up window",
        logFields(sub, next),
      );
      advance(sub.lastRunAt);
      return "skipped-late";
    }
    if (!deps.ledger.claim(sub.channel, sub.nextDueAt, deps.instanceId, now.toISOString())) {
      // Claimed before: another process posted it, or this one crashed after sending. Never repost.
      advance(sub.nextDueAt);
      return "already-claimed";
    }
    return deliver(deps, sub, now, advance);
  };
  const runDue = async () => {
    const now = deps.clock.now();
    const results = [];
    for (const sub of deps.subscriptions.due(now.toISOString())) {
      if (!deps.publishers[sub.channel.platform]) continue;
      results.push({ channel: sub.channel, dueAt: sub.nextDueAt, outcome: await runOne(sub, now) });
    }
    return results;
  };
  return { runDue, start: (intervalMs = 30_000) => startLoop(runDue, intervalMs, deps.logger) };
}

async function deliver(
  deps: BriefingSchedulerDeps,
  sub: Subscription,
  now: Date,
  advance: (lastRun: string | null) => boolean,
): Promise<RunOutcome> {
  const at = () => deps.clock.now().toISOString();
  const briefing = prepareBriefing(deps.archive, deps.subscriptions, sub.channel, {
    sources: sub.sources,
    maxCards: deps.maxCards,
    quietWhenEmpty: sub.quietWhenEmpty,
  });
  if (!briefing.reply) {
    deps.ledger.mark(sub.channel, sub.nextDueAt, "posted", at(), "quiet: nothing new");
    advance(sub.nextDueAt);
    return "quiet";
  }
  const publisher = deps.publishers[sub.channel.platform] as Publisher;
  const outcome = await publisher
    .publish(sub.channel, briefing.reply, idempotencyKey(sub))
    .catch((cause: unknown) => ({ ok: false as const, permanent: false, reason: String(cause) }));
  if (outcome.ok) {
    deps.ledger.mark(sub.channel, sub.nextDueAt, "posted", at());
    commitBriefing(deps.subscriptions, sub.channel, briefing);
    advance(sub.nextDueAt);
    return "posted";
  }
  if (outcome.permanent) {
    deps.ledger.mark(sub.channel, sub.nextDueAt, "failed", at(), outcome.reason);
    deps.subscriptions.pause(sub.channel, outcome.reason);
    deps.logger.error("briefing paused: permanent publishing failure", {
      channel: channelKey(sub.channel),
      reason: outcome.reason,
    });
    return "paused";
  }
  // Transient: free the claim so the next tick retries, until the catch-up window closes.
  deps.ledger.release(sub.channel, sub.nextDueAt);
  deps.logger.warn("briefing not posted, will retry", {
    channel: channelKey(sub.channel),
    reason: outcome.reason,
    at: now.toISOString(),
  });
  return "retry-later";
}

/** 25 characters: fits Discord's message nonce, stable per (channel, briefing). */
export function idempotencyKey(sub: Pick<Subscription, "channel" | "nextDueAt">): string {
  return `b${createHash("sha256")
    .update(`${channelKey(sub.channel)}|${sub.nextDueAt}`)
    .digest("hex")
    .slice(0, 24)}`;
}

function logFields(sub: Subscription, next: string): Record<string, unknown> {
  return { channel: channelKey(sub.channel), dueAt: sub.nextDueAt, nextDueAt: next };
}

function startLoop(
  runDue: () => Promise<unknown>,
  intervalMs: number,
  logger: Logger,
): { stop(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  const tick = () => {
    inFlight = runDue()
      .then(() => undefined)
      .catch((cause: unknown) => logger.error("briefing tick failed", { cause: String(cause) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
