import { z } from "zod";
import type { ChatRequest } from "../../app/chat-request.js";

const snowflake = z.string().regex(/^\d{1,25}$/);

/** The parts of a gateway MESSAGE_CREATE payload briefbot reads. */
export const discordMessageEventSchema = z.object({
  id: snowflake,
  channel_id: snowflake,
  guild_id: snowflake.optional(),
  content: z.string(),
  author: z.object({ id: snowflake, bot: z.boolean().optional() }),
  webhook_id: snowflake.optional(),
  mentions: z.array(z.object({ id: snowflake })).default([]),
});

export type DiscordMessageEvent = z.infer<typeof discordMessageEventSchema>;

/**
 * A message addressed to the bot (it mentions the bot's user) becomes a mention request with the
 * bot's mention removed. Bots and webhooks are ignored so two bots never talk in a loop.
 * Message payloads carry no permissions, so in a server a mention never manages a channel.
 */
export function messageToChatRequest(payload: unknown, botUserId: string): ChatRequest | null {
  const parsed = discordMessageEventSchema.safeParse(payload);
  if (!parsed.success) return null;
  const message = parsed.data;
  if (message.author.bot || message.webhook_id || message.author.id === botUserId) return null;
  const ownMention = new RegExp(`<@!?${botUserId}>`, "g");
  const mentionsBot = new RegExp(`<@!?${botUserId}>`);
  const addressed =
    message.mentions.some((user) => user.id === botUserId) || mentionsBot.test(message.content);
  if (!addressed) return null;
  const guildId = message.guild_id;
  return {
    channel: {
      platform: "discord",
      channelId: message.channel_id,
      ...(guildId !== undefined ? { workspaceId: guildId } : {}),
    },
    requester: { userId: message.author.id, canManageChannel: guildId === undefined },
    input: {
      kind: "mention",
      text: message.content.replace(ownMention, " ").replace(/\s+/g, " ").trim(),
    },
  };
}
