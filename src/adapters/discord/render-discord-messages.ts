import type { Reply } from "../../app/reply.js";
import {
  discordLimits,
  embedCharacters,
  type DiscordEmbed,
  type DiscordMessage,
} from "./discord-limits.js";
import { renderDiscordSection } from "./render-discord-section.js";
import { renderDiscordText } from "./escape-discord-text.js";
import { truncateText } from "../../app/render/split-text.js";

/** At most this many messages per answer. */
export const defaultMaxMessages = 10;

/** Discord: never parse mentions from anything we send (an edit re-parses unless sent again). */
export const noMentions = { parse: [] as string[] };

/**
 * Renders a reply as Discord messages, each within every limit: sections are packed whole into
 * messages (10 embeds, 6000 characters), the reply's text leads the first message.
 */
export function renderDiscordMessages(
  reply: Reply,
  maxMessages = defaultMaxMessages,
): DiscordMessage[] {
  const content = truncateText(renderDiscordText(reply.text).trim(), discordLimits.content);
  const packed = packSections(reply.sections.map(renderDiscordSection));
  const kept = packed.slice(0, Math.max(1, maxMessages));
  const rendered = kept.map((message, index) =>
    toMessage(message.embeds, index === 0 ? content : ""),
  );
  const omitted = packed.slice(kept.length).reduce((sum, message) => sum + message.sections, 0);
  if (omitted > 0) noteOmitted(rendered[rendered.length - 1] as DiscordMessage, omitted);
  return rendered;
}

/** Greedy packing of whole sections into messages. */
function packSections(groups: DiscordEmbed[][]): { embeds: DiscordEmbed[]; sections: number }[] {
  const messages: { embeds: DiscordEmbed[]; sections: number }[] = [];
  let current = { embeds: [] as DiscordEmbed[], sections: 0 };
  for (const group of groups) {
    if (current.sections > 0 && !fits(current.embeds, group)) {
      messages.push(current);
      current = { embeds: [], sections: 0 };
    }
    current.embeds.push(...group);
    current.sections += 1;
  }
  if (current.sections > 0 || messages.length === 0) messages.push(current);
  return messages;
}

/** A runaway answer must not flood a channel: the rest is named, not sent. */
function noteOmitted(message: DiscordMessage, omitted: number): void {
  const note = `(${omitted} more not shown; ask for fewer results.)`;
  const base = message.content
    ? `${truncateText(message.content, discordLimits.content - note.length - 1)}\n`
    : "";
  message.content = `${base}${note}`;
}

function fits(current: DiscordEmbed[], group: DiscordEmbed[]): boolean {
  const size = (embeds: DiscordEmbed[]) =>
    embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0);
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
