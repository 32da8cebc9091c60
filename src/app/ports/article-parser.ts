import type { ArticleInput } from "../../core/article/article-input.js";
import type { BriefingCard } from "../../core/card/card-schema.js";
import type { FeedParseResult } from "../../core/feeds/feed-item.js";

/** The article read from a web page (by src/sources/extract-article.ts). */
export interface ExtractedArticle {
  title: string | null;
  text: string;
  /** ISO date (YYYY-MM-DD) from the page's metadata, when it has one. */
  date: string | null;
  publisher: string | null;
}

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; error: { code: "no-article"; message: string } };

/** Feed parsing and article extraction that never stall the process (see run-off-thread.ts). */
export interface ArticleParser {
  feed(body: string, maxItems?: number): Promise<FeedParseResult>;
  article(html: string): Promise<ExtractResult>;
  /** A feed item's HTML as paragraphs of plain text (refused past `maxChars` or the deadline). */
  text(html: string, maxChars?: number): Promise<TextResult>;
  /** The article's card, built where a hostile article cannot keep chat waiting. */
  card(input: ArticleInput): Promise<CardResult>;
}

export type CardResult =
  | { ok: true; card: BriefingCard }
  | { ok: false; error: { code: "too-complex" | "engine-fault"; message: string } };

export type TextResult =
  | { ok: true; text: string }
  | { ok: false; error: { code: "too-long" | "too-complex"; message: string } };
