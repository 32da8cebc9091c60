import type { FeedItem, FeedParseResult } from "./feed-item.js";
import { feedDate } from "./feed-date.js";

const str = (value: unknown): string | null =>
  typeof value === "string" && value.trim() ? value.trim() : null;

/** JSON Feed 1.0 / 1.1 (jsonfeed.org): `items[]` with id, url, title, content_html / content_text. */
export function parseJsonFeed(text: string, maxItems: number): FeedParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { code: "malformed-feed", message: "The feed's JSON is broken or cut off." },
    };
  }
  const feed = data as { version?: unknown; title?: unknown; items?: unknown };
  if (
    typeof feed !== "object" ||
    feed === null ||
    !String(feed.version ?? "").includes("jsonfeed.org")
  ) {
    return {
      ok: false,
      error: { code: "not-a-feed", message: "The address gave JSON, but not a JSON Feed." },
    };
  }
  const raw = Array.isArray(feed.items) ? (feed.items as Record<string, unknown>[]) : [];
  const items = raw
    .slice(0, maxItems)
    .filter((i) => typeof i === "object" && i !== null)
    .map((i): FeedItem => ({
      guid: str(i.id) ?? (typeof i.id === "number" ? String(i.id) : null),
      link: str(i.url) ?? str(i.external_url),
      title: str(i.title),
      published: feedDate(str(i.date_published) ?? str(i.date_modified)),
      content: str(i.content_html) ?? str(i.content_text) ?? str(i.summary),
    }));
  return {
    ok: true,
    format: "json",
    title: str(feed.title),
    items,
    itemsDropped: Math.max(0, raw.length - maxItems),
  };
}
