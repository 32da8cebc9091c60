import type { ChannelRef } from "../../src/app/chat-request.js";
import type { Publisher, PublishOutcome } from "../../src/app/ports/publisher.js";
import type { Reply } from "../../src/app/reply.js";
import { createBriefingScheduler } from "../../src/app/briefings/create-briefing-scheduler.js";
import type { chatWorld } from "../chat/fixtures/chat-world.js";

export interface Post {
  channel: ChannelRef;
  reply: Reply;
  key: string;
  part: number;
}

/**
 * A platform stand-in at the Publisher port: each reply is `parts` messages; records each
 * accepted part (and finds it again by its marker), answers with the next scripted outcome
 * (default: accepted), optionally after a delay so two schedulers can interleave.
 */
export function recordingPublisher(
  script: PublishOutcome[] = [],
  delayMs = 0,
  parts = 1,
): Publisher & { posts: Post[] } {
  const posts: Post[] = [];
  return {
    posts,
    partsOf: () => parts,
    async postPart(channel, reply, ref) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const outcome = script.shift() ?? { ok: true };
      if (outcome.ok) posts.push({ channel, reply, key: ref.runKey, part: ref.part });
      return outcome;
    },
    async findPosted(_channel, ref) {
      return {
        ok: true,
        found: posts.some((p) => p.key === ref.runKey && p.part === ref.part),
      };
    },
  };
}

export function schedulerFor(
  w: ReturnType<typeof chatWorld>,
  publisher: Publisher,
  instanceId = "test:1",
  options: { leaseMs?: number; platform?: "discord" | "slack" } = {},
) {
  return createBriefingScheduler({
    archive: w.archive,
    subscriptions: w.subscriptions,
    ledger: w.ledger,
    publishers: { [options.platform ?? "discord"]: publisher },
    clock: w.clock,
    logger: w.logger,
    instanceId,
    catchUpMs: 60 * 60_000,
    maxCards: 10,
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
  });
}
