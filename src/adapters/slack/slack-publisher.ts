import { setTimeout as sleep } from "node:timers/promises";
import { webApi } from "@slack/bolt";
import type { ChannelRef } from "../../app/chat-request.js";
import type { Logger } from "../../app/logger.js";
import type { Publisher, PublishOutcome } from "../../app/publisher.js";
import type { Reply } from "../../app/reply.js";
import { renderSlackMessages } from "./render-slack-messages.js";
import type { SlackMessage } from "./slack-message-schema.js";
import type { SlackStore } from "./slack-store.js";

/** Slack errors that no retry will fix: the subscription pauses with the reason. */
const permanentErrors = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "account_inactive",
  "invalid_auth",
  "token_revoked",
  "restricted_action",
]);

export interface SlackPublisherDeps {
  /** The client for a channel's workspace (one bot token, or the team's install); none if not installed. */
  clientFor(channel: ChannelRef): Promise<webApi.WebClient | undefined>;
  store: SlackStore;
  logger: Logger;
  /** Slack: about one message per second per channel. */
  minIntervalMs?: number;
  maxRateLimitWaits?: number;
}

/** The longest Retry-After we wait out inside one run. */
const maxWaitSeconds = 60;

type PartOutcome = { ok: true } | { ok: false; permanent: boolean; reason: string };

/**
 * Scheduled briefings through `chat.postMessage`, each part once: parts already posted under the
 * same idempotency key are skipped, 429s are waited out (Retry-After), and nothing is re-sent on
 * an unclear failure; the client it is given must not retry on its own.
 */
export function createSlackPublisher(deps: SlackPublisherDeps): Publisher {
  const lastPost = new Map<string, number>();
  const minIntervalMs = deps.minIntervalMs ?? 1000;

  async function pace(channelId: string): Promise<void> {
    const wait = (lastPost.get(channelId) ?? 0) + minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastPost.set(channelId, Date.now());
  }

  async function postPart(
    client: webApi.WebClient,
    channel: string,
    message: SlackMessage,
  ): Promise<PartOutcome> {
    for (let waits = 0; ; waits += 1) {
      await pace(channel);
      try {
        // Briefings never unfurl: article links would otherwise fill the channel with previews.
        await client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
        return { ok: true };
      } catch (error) {
        const retryAfter = rateLimitSeconds(error);
        if (retryAfter === undefined) return failure(error);
        // A long pause would hold up every other channel's briefing: leave it to the next run.
        if (waits >= (deps.maxRateLimitWaits ?? 3) || retryAfter > maxWaitSeconds) {
          return {
            ok: false,
            permanent: false,
            reason: `rate_limited (retry after ${retryAfter} s)`,
          };
        }
        deps.logger.warn("slack rate limited a briefing; waiting", { channel, retryAfter });
        await sleep(retryAfter * 1000);
      }
    }
  }

  return {
    async publish(
      channel: ChannelRef,
      reply: Reply,
      idempotencyKey: string,
    ): Promise<PublishOutcome> {
      const client = await deps.clientFor(channel);
      if (!client) return { ok: false, permanent: true, reason: "not_installed" };
      const messages = renderSlackMessages(reply);
      for (const [part, message] of messages.entries()) {
        if (deps.store.isPartPosted(idempotencyKey, part)) continue;
        const outcome = await postPart(client, channel.channelId, message);
        if (!outcome.ok) {
          deps.logger.warn("slack briefing not posted", {
            channel: channel.channelId,
            part,
            reason: outcome.reason,
          });
          return outcome;
        }
        deps.store.markPartPosted(idempotencyKey, part);
      }
      return { ok: true };
    },
  };
}

function rateLimitSeconds(error: unknown): number | undefined {
  const coded = error as { code?: string; retryAfter?: number };
  return coded.code === webApi.ErrorCode.RateLimitedError ? (coded.retryAfter ?? 1) : undefined;
}

function failure(error: unknown): PartOutcome {
  const coded = error as { code?: string; data?: { error?: string }; message?: string };
  if (coded.code === webApi.ErrorCode.PlatformError && coded.data?.error) {
    const reason = coded.data.error;
    return { ok: false, permanent: permanentErrors.has(reason), reason };
  }
  return { ok: false, permanent: false, reason: coded.message ?? String(error) };
}
