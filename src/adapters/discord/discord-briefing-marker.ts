import { discordLimits, embedCharacters, type DiscordMessage } from "./discord-limits.js";
import { truncateText } from "../../app/render/split-text.js";

/**
 * Discord keeps no nonce on a stored message (only the create response and the gateway event
 * carry it), so each scheduled briefing part also carries a short visible reference — in the
 * last embed's footer, or as a subtext line — that `GET /channels/{id}/messages` can be searched
 * for after an unclear failure.
 */
export function briefingReference(nonce: string): string {
  return `ref ${nonce}`;
}

/** A copy of `message` carrying `reference`, still within every Discord limit. */
export function markDiscordMessage(message: DiscordMessage, reference: string): DiscordMessage {
  const embeds = message.embeds.map((embed) => ({ ...embed }));
  const last = embeds[embeds.length - 1];
  const total = embeds.reduce((sum, embed) => sum + embedCharacters(embed), 0);
  const suffix = last?.footer ? ` · ${reference}` : reference;
  if (
    last &&
    total + suffix.length <= discordLimits.embedTotal &&
    (last.footer?.text.length ?? 0) + suffix.length <= discordLimits.footer
  ) {
    last.footer = { text: `${last.footer?.text ?? ""}${suffix}` };
    return { ...message, embeds };
  }
  const line = `-# ${reference}`;
  const content = message.content
    ? `${truncateText(message.content, discordLimits.content - line.length - 1)}\n${line}`
    : line;
  return { ...message, embeds, content };
}

interface StoredMessage {
  content?: string;
  author?: { bot?: boolean };
  embeds?: Array<{ footer?: { text?: string } }>;
}

/** Whether one of the bot's messages carries `reference`. */
export function carriesReference(message: StoredMessage, reference: string): boolean {
  if (message.author?.bot !== true) return false;
  if (message.content?.split("\n").includes(`-# ${reference}`)) return true;
  return (message.embeds ?? []).some((embed) => embed.footer?.text?.endsWith(reference));
}
