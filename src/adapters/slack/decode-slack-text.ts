import { stripInvisible } from "./escape-slack-text.js";

/**
 * Turns Slack's encoded message text back into what the person typed: `<@U1|ann>` → `@ann`,
 * `<#C1|general>` → `#general`, `<!here>` → `@here`, `<https://x|label>` → the URL (commands
 * need the link), and `&lt;` `&gt;` `&amp;` → `<` `>` `&`.
 */
export function decodeSlackText(text: string): string {
  const plain = text
    .replace(/<([^<>]*)>/g, (_, inner: string) => decodeToken(inner))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
  return stripInvisible(plain).trim();
}

function decodeToken(inner: string): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith("@")) return label ? `@${label}` : target;
  if (target.startsWith("#")) return label ? `#${label}` : target;
  if (target.startsWith("!")) return label ?? `@${target.slice(1).split("^")[0] ?? ""}`;
  return target;
}

/** Removes every mention of the bot itself (`<@UBOT>` or `<@UBOT|briefbot>`) from a message. */
export function removeBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>[:,]?`, "g"), " ");
}
