/** One entry of a feed, whatever its format. Strings are as the feed gave them, entities decoded. */
export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** Full ISO time when the feed's date parsed; null for empty or invalid dates. */
  published: string | null;
  /** The richest body the feed carries (HTML or text); may be only a snippet. */
  content: string | null;
}

export type FeedParseResult =
  | {
      ok: true;
      format: "rss" | "atom" | "json";
      title: string | null;
      items: FeedItem[];
      itemsDropped: number;
    }
  | { ok: false; error: { code: "not-a-feed" | "malformed-feed"; message: string } };
