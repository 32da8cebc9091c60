import { createHash } from "node:crypto";
import { Routes, type REST } from "discord.js";
import type { Logger } from "../../app/logger.js";
import type { PublishOutcome, Publisher } from "../../app/publisher.js";
import { describeDiscordFailure } from "./describe-discord-failure.js";
import { renderDiscordMessages } from "./render-discord-messages.js";

/**
 * Discord's `nonce` (at most 25 characters) for message `index` of one (channel, briefing):
 * with `enforce_nonce`, Discord drops a repeat sent within a few minutes.
 */
export function createDiscordNonce(idempotencyKey: string, index: number): string {
  const digest = createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 20);
  return `${digest}${index.toString(36)}`;
}

/** Posts scheduled briefings over REST: 429s waited out, 5xx retried twice, 403/404 permanent. */
export function createDiscordPublisher(rest: REST, logger: Logger): Publisher {
  return {
    async publish(channel, reply, idempotencyKey): Promise<PublishOutcome> {
      if (channel.platform !== "discord") {
        return {
          ok: false,
          permanent: true,
          reason: `Not a Discord channel (${channel.platform}).`,
        };
      }
      const messages = renderDiscordMessages(reply);
      try {
        for (const [index, message] of messages.entries()) {
          const body = {
            ...message,
            nonce: createDiscordNonce(idempotencyKey, index),
            enforce_nonce: true,
          };
          await rest.post(Routes.channelMessages(channel.channelId), { body });
        }
        return { ok: true };
      } catch (error) {
        const failure = describeDiscordFailure(error);
        logger.warn("discord publish failed", {
          channelId: channel.channelId,
          status: failure.status,
          reason: failure.reason,
        });
        return { ok: false, permanent: failure.permanent, reason: failure.reason };
      }
    },
  };
}
