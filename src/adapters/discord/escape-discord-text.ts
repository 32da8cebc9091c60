/**
 * Article text is hostile: it may carry mentions, masked links, headings, spoilers and invisible
 * characters that reorder or hide what a reader sees. These turn it into inert Discord text.
 */

// Zero-width, bidirectional controls, soft hyphen, and C0/C1 controls other than tab and newline.
const invisible =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Inline markdown: emphasis, strike, spoiler, code, masked links, and `<…>` mentions/emoji/timestamps.
const inlineMarkup = /[\\*_~`|[\]<]/g;

// Line-start markdown: headings, subtext (`-#`), quotes, lists.
const lineStartMarkup = /^(\s*)([#>\-+]|\d+\.)/gm;

/** Removes zero-width, bidi control and other control characters; normalises newlines. */
export function stripInvisible(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(invisible, "");
}

/**
 * Plain text for fields where Discord renders no markdown (footers, author names): invisible
 * characters stripped, `@everyone`/`@here` broken with a zero-width space as discord.js's
 * `cleanContent` does.
 */
export function renderDiscordPlain(text: string): string {
  return stripInvisible(text).replace(/@(everyone|here)/gi, "@\u200b$1");
}

/** Markdown-escaped text for content, descriptions, titles and fields: renders exactly as written. */
export function renderDiscordText(text: string): string {
  return renderDiscordPlain(text)
    .replace(inlineMarkup, (char) => `\\${char}`)
    .replace(
      lineStartMarkup,
      (_match, indent: string, mark: string) => `${indent}${mark.replace(/([^\d])$/, "\\$1")}`,
    );
}
