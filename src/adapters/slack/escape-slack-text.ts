/**
 * Slack mrkdwn escaping. Slack reserves only `&`, `<` and `>`: with them escaped, article text
 * such as `<!channel>`, `<@U123>` or `<https://evil|bank>` shows as text and never pings or links.
 */
export function escapeMrkdwn(text: string): string {
  return stripInvisible(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Control characters (except tab and newline), zero-width spaces and joiners that hide text,
// bidi overrides that reorder it, and the BOM. U+200D (ZWJ) stays: emoji sequences need it.
const invisible =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes characters that render as nothing but can disguise what a reader sees. */
export function stripInvisible(text: string): string {
  return text.replace(invisible, "");
}
