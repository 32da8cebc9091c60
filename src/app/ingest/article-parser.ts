import type { FeedParseResult } from "../../core/feeds/feed-item.js";
import type { ExtractResult } from "../../sources/extract-article.js";

/** Feed parsing and article extraction that never stall the process (see run-off-thread.ts). */
export interface ArticleParser {
  feed(body: string, maxItems?: number): Promise<FeedParseResult>;
  article(html: string): Promise<ExtractResult>;
}
