import type { Reply } from "../../app/reply.js";
import { discordLimits, embedCharacters, type DiscordEmbed, type DiscordMessage } from "./discord-message-limits.js";
import { renderDiscordSection } from "./render-discord-section.js";
import { renderDiscordText } from "./sanitize-discord-text.js";
import { truncateText } from "./split-text.js";

/** Discord: never parse mentions from anything we send (an edit re-parses unless sent again). */
export const noMentions = { parse: [] as string[] };

/**
 * Renders a reply as Discord messages, each within every limit: sections are packed whole into
 * messages (10 embeds, 6000 characters), the reply's text leads the first message.
 */
export function renderDiscordMessages(reply: Reply): DiscordMessage[] {
  const content = truncateText(renderDiscordText(reply.text).trim(), discordLimits.content);
  const groups = reply.sections.map(renderDiscordSection);
  const messages: DiscordEmbed[][] = [];
  let current: DiscordEmbed[] = [];
  for (const group of groups) {
    if (current.length > 0 && !fits(current, group)) {
      messages.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0 || messages.length === 0) messages.push(current);
  return messages.map((embeds, index) => toMessage(embeds, index === 0 ? content : ""));
}

function fits(current: DiscordEmbed[], group: DiscordEmbed[]): boolean {
  const size = (embeds: DiscordEmbed[]) => embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0);
  return (
    current.length + group.length <= discordLimits.embedsPerMessage &&
    size(current) + size(group) <= discordLimits.embedTotal
  );
}

function toMessage(embeds: DiscordEmbed[], content: string): DiscordMessage {
  const message: DiscordMessage = { embeds, allowed_mentions: { parse: [] } };
  if (content) message.content = content;
  else if (embeds.length === 0) message.content = "(nothing to show)";
  return message;
}
