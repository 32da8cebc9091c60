import type { Archive } from "../ports/archive.js";
import type { Clock } from "../ports/clock.js";
import type { Logger } from "../ports/logger.js";
import type { PartRef, Publisher, PublishOutcome } from "../ports/publisher.js";
import type { ComposedBriefing } from "./compose-briefing.js";
import { nextRun } from "./next-run.js";
import type { PostingLedger } from "../ports/posting-ledger.js";
import { commitBriefing, prepareBriefing } from "./prepare-briefing.js";
import { channelKey, type Subscription } from "./subscription.js";
import type { SubscriptionStore } from "../ports/subscription-store.js";
import { pausedNotice } from "./paused-notice.js";

export interface RunBriefingDeps {
  archive: Archive;
  subscriptions: SubscriptionStore;
  ledger: PostingLedger;
  clock: Clock;
  logger: Logger;
  instanceId: string;
  catchUpMs: number;
  maxCards: number;
  /** How long a claim stays ours without renewal; renewed every third of it while sending. */
  leaseMs: number;
}

export type RunOutcome =
  | "posted"
  | "quiet"
  | "skipped-late"
  /** Finished before (by this or another process): only the schedule is moved on. */
  | "already-done"
  /** Another process holds a live lease: the run is left to it, the schedule untouched. */
  | "held-elsewhere"
  | "paused"
  | "retry-later"
  /** Our lease ran out mid-send and another process took the run over. */
  | "lost-lease";

// Platform clocks and ours differ a little; the marker search starts this much before the claim.
const LOOK_BACK_MS = 5 * 60_000;

/** One due run of one subscription, exactly once across processes and restarts. */
export async function runBriefing(
  deps: RunBriefingDeps,
  publisher: Publisher,
  sub: Subscription,
  runKey: string,
): Promise<RunOutcome> {
  const now = deps.clock.now();
  const leaseUntil = () => new Date(deps.clock.now().getTime() + deps.leaseMs).toISOString();
  const advance = (lastRun: string | null) =>
    deps.subscriptions.advance(
      sub.channel,
      sub.nextDueAt,
      nextRun(sub.localTime, sub.timeZone, now).toISOString(),
      lastRun,
    );
  const late = now.getTime() - Date.parse(sub.nextDueAt) > deps.catchUpMs;
  const claim = await deps.ledger.claim(
    sub.channel,
    sub.nextDueAt,
    deps.instanceId,
    now.toISOString(),
    leaseUntil(),
  );
  if (claim.kind === "held") return "held-elsewhere";
  if (claim.kind === "finished") {
    await advance(sub.nextDueAt);
    return "already-done";
  }
  const resumed = claim.kind === "resumed" ? claim.run : null;
  // A run never started, or started without a part out, is skipped when too late; a half-sent
  // briefing is finished rather than left half.
  if (late && (resumed?.nextPart ?? 0) === 0) {
    await deps.ledger.mark(
      sub.channel,
      sub.nextDueAt,
      "failed",
      now.toISOString(),
      "skipped: too late",
    );
    deps.logger.warn("briefing skipped: missed by more than the catch-up window", {
      channel: channelKey(sub.channel),
      dueAt: sub.nextDueAt,
    });
    await advance(sub.lastRunAt);
    return "skipped-late";
  }
  const briefing = resumed?.briefing ?? (await compose(deps, sub));
  if (!resumed?.briefing)
    await deps.ledger.saveBriefing(sub.channel, sub.nextDueAt, deps.instanceId, briefing);
  if (!briefing.reply) {
    await deps.ledger.mark(
      sub.channel,
      sub.nextDueAt,
      "posted",
      now.toISOString(),
      "quiet: nothing new",
    );
    await advance(sub.nextDueAt);
    return "quiet";
  }
  const renewal = setInterval(
    () => {
      // A busy database here must not crash the process: the next renewal (or the check before
      // each part) tries again, and a lease that lapses is only taken over, never double-sent.
      deps.ledger
        .renew(sub.channel, sub.nextDueAt, deps.instanceId, leaseUntil())
        .catch((cause: unknown) => {
          deps.logger.warn("briefing lease not renewed", {
            channel: channelKey(sub.channel),
            cause: String(cause),
          });
        });
    },
    Math.max(50, Math.floor(deps.leaseMs / 3)),
  );
  try {
    const sent = await sendParts(deps, publisher, sub, briefing, {
      runKey,
      from: resumed?.nextPart ?? 0,
      // After a takeover the first unconfirmed part may be out already: ask before sending.
      checkFirst: resumed !== null,
      since: new Date(
        Date.parse(resumed?.claimedAt ?? now.toISOString()) - LOOK_BACK_MS,
      ).toISOString(),
      renew: () => deps.ledger.renew(sub.channel, sub.nextDueAt, deps.instanceId, leaseUntil()),
    });
    if (sent !== "posted") return sent;
  } finally {
    clearInterval(renewal);
  }
  await deps.ledger.mark(sub.channel, sub.nextDueAt, "posted", deps.clock.now().toISOString());
  await commitBriefing(deps.subscriptions, sub.channel, briefing);
  await advance(sub.nextDueAt);
  return "posted";
}

function compose(deps: RunBriefingDeps, sub: Subscription): Promise<ComposedBriefing> {
  return prepareBriefing(deps.archive, deps.subscriptions, sub.channel, {
    sources: sub.sources,
    maxCards: deps.maxCards,
    quietWhenEmpty: sub.quietWhenEmpty,
  });
}

interface SendPlan {
  runKey: string;
  from: number;
  checkFirst: boolean;
  since: string;
  renew: () => Promise<boolean>;
}

async function sendParts(
  deps: RunBriefingDeps,
  publisher: Publisher,
  sub: Subscription,
  briefing: ComposedBriefing,
  plan: SendPlan,
): Promise<RunOutcome> {
  const reply = briefing.reply;
  if (!reply) return "posted";
  const parts = publisher.partsOf(reply);
  for (let part = plan.from; part < parts; part += 1) {
    if (!(await plan.renew())) return "lost-lease";
    const ref: PartRef = { runKey: plan.runKey, part };
    if (plan.checkFirst && part === plan.from) {
      const found = await guarded(() => publisher.findPosted(sub.channel, ref, plan.since));
      if (!found.ok) return failed(deps, publisher, sub, found, part);
      if (found.found) {
        deps.logger.info("briefing part found already posted; not sending again", {
          channel: channelKey(sub.channel),
          part,
        });
        if (!(await deps.ledger.partPosted(sub.channel, sub.nextDueAt, deps.instanceId, part)))
          return "lost-lease";
        continue;
      }
    }
    const outcome = await guarded(() => publisher.postPart(sub.channel, reply, ref));
    if (!outcome.ok) return failed(deps, publisher, sub, outcome, part);
    if (!(await deps.ledger.partPosted(sub.channel, sub.nextDueAt, deps.instanceId, part)))
      return "lost-lease";
  }
  return "posted";
}

async function guarded<T extends { ok: boolean }>(
  call: () => Promise<T>,
): Promise<T | { ok: false; permanent: false; reason: string }> {
  return call().catch((cause: unknown) => ({
    ok: false as const,
    permanent: false as const,
    reason: String(cause),
  }));
}

async function failed(
  deps: RunBriefingDeps,
  publisher: Publisher,
  sub: Subscription,
  outcome: Extract<PublishOutcome, { ok: false }>,
  part: number,
): Promise<RunOutcome> {
  const at = deps.clock.now().toISOString();
  const channel = channelKey(sub.channel);
  if (outcome.permanent) {
    await deps.ledger.mark(sub.channel, sub.nextDueAt, "failed", at, outcome.reason);
    await deps.subscriptions.pause(sub.channel, outcome.reason);
    deps.logger.error("briefing paused: permanent publishing failure", {
      channel,
      reason: outcome.reason,
    });
    await tell(deps, publisher, sub, pausedNotice(outcome.reason));
    return "paused";
  }
  // Unclear: the platform may have accepted the part. The lease ends now, the progress stays;
  // the next tick (here or in another process) resumes and asks the platform first.
  await deps.ledger.release(sub.channel, sub.nextDueAt, deps.instanceId, at);
  deps.logger.warn("briefing not posted, will retry", { channel, part, reason: outcome.reason });
  return "retry-later";
}

async function tell(
  deps: RunBriefingDeps,
  publisher: Publisher,
  sub: Subscription,
  text: string,
): Promise<void> {
  if (!publisher.notify) return;
  const delivered = await publisher
    .notify(sub.channel, sub.createdBy || null, text)
    .catch(() => false);
  if (!delivered)
    deps.logger.warn("could not tell anyone that the briefing paused", {
      channel: channelKey(sub.channel),
    });
}
