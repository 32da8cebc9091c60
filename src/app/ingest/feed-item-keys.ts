import type { FeedItem } from "../../core/feeds/feed-item.js";
import { normaliseUrl } from "../policy/normalise-url.js";

/**
 * Every key an item can be recognised by. A republished item usually keeps its link or its
 * title while its guid or date changes, so matching any one key means "seen before".
 */
export function feedItemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  const link = item.link ? normaliseUrl(item.link) : null;
  if (link) keys.push(`link:${link}`);
  const title = item.title?.toLowerCase().replace(/\s+/g, " ").trim();
  // Short titles ("Live", "Update") repeat across different stories; long ones identify one.
  if (title && title.length >= 24) keys.push(`title:${title}`);
  if (keys.length === 0 && item.content) keys.push(`content:${item.content.slice(0, 200)}`);
  return keys;
}
