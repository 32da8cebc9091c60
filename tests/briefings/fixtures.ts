import type { ChannelRef } from "../../src/app/chat-request.js";
import type { Publisher, PublishOutcome } from "../../src/app/publisher.js";
import type { Reply } from "../../src/app/reply.js";
import { createBriefingScheduler } from "../../src/app/briefings/create-briefing-scheduler.js";
import type { chatWorld } from "../chat/fixtures/chat-world.js";

export interface Post {
  channel: ChannelRef;
  reply: Reply;
  key: string;
}

/**
 * A platform stand-in at the Publisher port: records each post, answers with the next scripted
 * outcome (default: accepted), optionally after a delay so two schedulers can interleave.
 */
export function recordingPublisher(
  script: PublishOutcome[] = [],
  delayMs = 0,
): Publisher & { posts: Post[] } {
  const posts: Post[] = [];
  return {
    posts,
    async publish(channel, reply, key) {
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const outcome = script.shift() ?? { ok: true };
      if (outcome.ok) posts.push({ channel, reply, key });
      return outcome;
    },
  };
}

export function schedulerFor(
  w: ReturnType<typeof chatWorld>,
  publisher: Publisher,
  instanceId = "test:1",
) {
  return createBriefingScheduler({
    archive: w.archive,
    subscriptions: w.subscriptions,
    ledger: w.ledger,
    publishers: { discord: publisher },
    clock: w.clock,
    logger: w.logger,
    instanceId,
    catchUpMs: 60 * 60_000,
    maxCards: 10,
  });
}
