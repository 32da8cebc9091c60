import { createHash } from "node:crypto";
import { Routes, type REST } from "discord.js";
import type { ChannelRef } from "../../app/chat-request.js";
import type { Logger } from "../../app/ports/logger.js";
import type { FindOutcome, PartRef, PublishOutcome, Publisher } from "../../app/ports/publisher.js";
import { describeDiscordFailure } from "./describe-discord-failure.js";
import {
  briefingReference,
  carriesReference,
  markDiscordMessage,
} from "./discord-briefing-marker.js";
import { noMentions, renderDiscordMessages } from "./render-discord-messages.js";

/**
 * Discord's `nonce` (at most 25 characters) for message `index` of one (channel, briefing):
 * with `enforce_nonce`, Discord drops a repeat sent within a few minutes.
 */
export function createDiscordNonce(idempotencyKey: string, index: number): string {
  const digest = createHash("sha256").update(idempotencyKey).digest("base64url").slice(0, 20);
  return `${digest}${index.toString(36)}`;
}

const discordEpochMs = 1_420_070_400_000n;
// Recent messages searched for a part's reference: pages of 100 after the run's claim.
const maxPages = 5;

/**
 * Posts scheduled briefings over REST, one message per part (429s waited out by discord.js, 5xx
 * retried twice under the same nonce, 403/404 permanent); each part carries a nonce with
 * `enforce_nonce` and a footer reference that `findPosted` looks for in the channel.
 */
export function createDiscordPublisher(rest: REST, logger: Logger): Publisher {
  const failed = (channel: ChannelRef, error: unknown) => {
    const failure = describeDiscordFailure(error);
    logger.warn("discord publish failed", {
      channelId: channel.channelId,
      status: failure.status,
      reason: failure.reason,
    });
    return { ok: false as const, permanent: failure.permanent, reason: failure.reason };
  };
  return {
    partsOf: (reply) => renderDiscordMessages(reply).length,
    async postPart(channel, reply, ref): Promise<PublishOutcome> {
      if (channel.platform !== "discord")
        return {
          ok: false,
          permanent: true,
          reason: `Not a Discord channel (${channel.platform}).`,
        };
      const message = renderDiscordMessages(reply)[ref.part];
      if (!message) return { ok: false, permanent: true, reason: `No part ${ref.part}.` };
      const nonce = createDiscordNonce(ref.runKey, ref.part);
      const body = {
        ...markDiscordMessage(message, briefingReference(nonce)),
        nonce,
        enforce_nonce: true,
      };
      try {
        await rest.post(Routes.channelMessages(channel.channelId), { body });
        return { ok: true };
      } catch (error) {
        return failed(channel, error);
      }
    },
    async findPosted(channel, ref: PartRef, since: string): Promise<FindOutcome> {
      const reference = briefingReference(createDiscordNonce(ref.runKey, ref.part));
      let after = snowflakeAt(since);
      try {
        for (let page = 0; page < maxPages; page += 1) {
          const messages = (await rest.get(Routes.channelMessages(channel.channelId), {
            query: new URLSearchParams({ limit: "100", after }),
          })) as Array<{ id: string } & Parameters<typeof carriesReference>[0]>;
          if (messages.some((message) => carriesReference(message, reference)))
            return { ok: true, found: true };
          if (messages.length < 100) return { ok: true, found: false };
          after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
        }
        return { ok: true, found: false };
      } catch (error) {
        return failed(channel, error);
      }
    },
    async notify(channel, userId, text): Promise<boolean> {
      const body = { content: text, allowed_mentions: noMentions };
      const targets: Array<() => Promise<string>> = [];
      if (userId)
        targets.push(async () => {
          const dm = (await rest.post(Routes.userChannels(), {
            body: { recipient_id: userId },
          })) as { id: string };
          return dm.id;
        });
      targets.push(async () => channel.channelId);
      for (const target of targets) {
        try {
          await rest.post(Routes.channelMessages(await target()), { body });
          return true;
        } catch (error) {
          failed(channel, error);
        }
      }
      return false;
    },
  };
}

/** The smallest snowflake of a message sent at or after `iso`. */
function snowflakeAt(iso: string): string {
  const ms = BigInt(Math.max(Date.parse(iso), Number(discordEpochMs)));
  return (((ms - discordEpochMs) << 22n) - 1n).toString();
}
