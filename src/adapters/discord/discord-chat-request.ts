import { z } from "zod";
import {
  chatCommandNames,
  type ChatCommandName,
  type ChatRequest,
} from "../../app/chat-request.js";
import { canManageChannel } from "./discord-permissions.js";
import type { DiscordCommandOption, DiscordInteraction } from "./discord-interaction-schema.js";

/**
 * Turns a slash command into the platform-neutral request: option values become the args string
 * the chat layer parses (`/quotes person:Putin about:INF` → "Putin about INF").
 */
export function interactionToChatRequest(
  interaction: DiscordInteraction,
):
  | { ok: true; request: ChatRequest }
  | { ok: false; error: { code: "unknown-command" | "no-channel"; message: string } } {
  const name = interaction.data?.name;
  const command = chatCommandNames.find((known) => known === name);
  if (!command)
    return {
      ok: false,
      error: { code: "unknown-command", message: `Unknown command "/${name ?? ""}". Try /help.` },
    };
  const channelId = interaction.channel_id ?? interaction.channel?.id;
  if (!channelId)
    return {
      ok: false,
      error: { code: "no-channel", message: "This command only works in a channel." },
    };
  const guildId = interaction.guild_id;
  const inGuild = guildId !== undefined;
  const request: ChatRequest = {
    channel: {
      platform: "discord",
      channelId,
      ...(guildId !== undefined ? { workspaceId: guildId } : {}),
    },
    requester: {
      userId: interaction.member?.user.id ?? interaction.user?.id ?? "unknown",
      canManageChannel: canManageChannel(interaction.member?.permissions, inGuild),
    },
    input: {
      kind: "command",
      name: command,
      args: commandArgs(command, interaction.data?.options ?? []),
    },
  };
  return { ok: true, request };
}

/** The subcommand path of `/briefing` ("sources add"), used for the bot-permission check. */
export function subcommandPath(options: DiscordCommandOption[]): string[] {
  const first = options[0];
  if (!first || first.value !== undefined) return [];
  return [first.name, ...subcommandPath(first.options ?? [])];
}

function commandArgs(command: ChatCommandName, options: DiscordCommandOption[]): string {
  const value = (name: string) => stringValue(options.find((option) => option.name === name));
  switch (command) {
    case "brief":
      return value("query");
    case "who-said":
      return value("phrase");
    case "quotes":
      return [value("person"), value("about") ? `about ${value("about")}` : ""]
        .filter(Boolean)
        .join(" ");
    case "briefing":
      return flattenSubcommand(options);
    case "help":
      return "";
  }
}

function flattenSubcommand(options: DiscordCommandOption[]): string {
  const parts: string[] = [];
  for (const option of options) {
    if (option.value !== undefined) parts.push(stringValue(option));
    else parts.push(option.name, flattenSubcommand(option.options ?? []));
  }
  return parts.filter(Boolean).join(" ");
}

function stringValue(option: DiscordCommandOption | undefined): string {
  return option?.value === undefined ? "" : String(option.value).trim();
}

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
