import { setTimeout as sleep } from "node:timers/promises";
import type { webApi } from "@slack/bolt";
import type { ChannelRef } from "../../app/chat-request.js";
import type { Logger } from "../../app/ports/logger.js";
import type { FindOutcome, PartRef, Publisher, PublishOutcome } from "../../app/ports/publisher.js";
import type { Reply } from "../../app/reply.js";
import { renderSlackMessages } from "./render-slack-messages.js";
import { findMarkedMessage, slackMarker, type SlackMarker } from "./slack-briefing-marker.js";
import type { SlackMessage } from "./slack-limits.js";
import { describeSlackFailure, slackRateLimitSeconds } from "./describe-slack-failure.js";

export interface SlackPublisherDeps {
  /** The client for a channel's workspace (one bot token, or the team's install); none if not installed. */
  clientFor(channel: ChannelRef): Promise<webApi.WebClient | undefined>;
  logger: Logger;
  /** Slack: about one message per second per channel. */
  minIntervalMs?: number;
  maxRateLimitWaits?: number;
}

interface OutgoingPost {
  channel: string;
  text: string;
  blocks?: SlackMessage["blocks"];
  metadata?: SlackMarker;
}

/** The longest Retry-After we wait out inside one run. */
const maxWaitSeconds = 60;

/**
 * Scheduled briefings through `chat.postMessage`, one part per call, each carrying message
 * metadata (`briefbot_briefing`, run key and part) that `findPosted` looks for with
 * `conversations.history`. 429s are waited out (Retry-After); nothing is re-sent here on an
 * unclear failure (the scheduler asks `findPosted` first); the client must not retry on its own.
 */
export function createSlackPublisher(deps: SlackPublisherDeps): Publisher {
  const lastPost = new Map<string, number>();
  const minIntervalMs = deps.minIntervalMs ?? 1000;

  async function pace(channelId: string): Promise<void> {
    const wait = (lastPost.get(channelId) ?? 0) + minIntervalMs - Date.now();
    lastPost.set(channelId, Date.now() + Math.max(0, wait));
    if (wait > 0) await sleep(wait);
  }

  async function post(client: webApi.WebClient, args: OutgoingPost): Promise<PublishOutcome> {
    for (let waits = 0; ; waits += 1) {
      await pace(args.channel);
      try {
        // Briefings never unfurl: article links would otherwise fill the channel with previews.
        await client.chat.postMessage({
          channel: args.channel,
          text: args.text,
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        return { ok: true };
      } catch (error) {
        const retryAfter = slackRateLimitSeconds(error);
        if (retryAfter === undefined) return { ok: false, ...describeSlackFailure(error) };
        // A long pause would hold this channel's slot for too long: leave it to the next run.
        if (waits >= (deps.maxRateLimitWaits ?? 3) || retryAfter > maxWaitSeconds) {
          return {
            ok: false,
            permanent: false,
            reason: `rate_limited (retry after ${retryAfter} s)`,
          };
        }
        deps.logger.warn("slack rate limited a briefing; waiting", {
          channel: args.channel,
          retryAfter,
        });
        await sleep(retryAfter * 1000);
      }
    }
  }

  return {
    partsOf: (reply) => renderSlackMessages(reply).length,
    async postPart(channel: ChannelRef, reply: Reply, ref: PartRef): Promise<PublishOutcome> {
      const client = await deps.clientFor(channel);
      if (!client) return { ok: false, permanent: true, reason: "not_installed" };
      const message = renderSlackMessages(reply)[ref.part];
      if (!message) return { ok: false, permanent: true, reason: `no part ${ref.part}` };
      const outcome = await post(client, {
        channel: channel.channelId,
        text: message.text,
        blocks: message.blocks,
        metadata: slackMarker(ref),
      });
      if (!outcome.ok)
        deps.logger.warn("slack briefing not posted", {
          channel: channel.channelId,
          part: ref.part,
          reason: outcome.reason,
        });
      return outcome;
    },
    async findPosted(channel: ChannelRef, ref: PartRef, since: string): Promise<FindOutcome> {
      const client = await deps.clientFor(channel);
      if (!client) return { ok: false, permanent: true, reason: "not_installed" };
      try {
        return { ok: true, found: await findMarkedMessage(client, channel.channelId, ref, since) };
      } catch (error) {
        return { ok: false, ...describeSlackFailure(error) };
      }
    },
    async notify(channel: ChannelRef, userId: string | null, text: string): Promise<boolean> {
      const client = await deps.clientFor(channel);
      if (!client) return false;
      // A DM to the subscriber (posting to a user id opens it); the channel when that fails.
      for (const target of [userId, channel.channelId]) {
        if (!target) continue;
        const sent = await post(client, { channel: target, text });
        if (sent.ok) return true;
      }
      return false;
    },
  };
}
