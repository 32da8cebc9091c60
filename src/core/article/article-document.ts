import type { Span } from "../card/card-schema.js";

/**
 * An article read for analysis. `text` is the input exactly as given and every span indexes it;
 * page furniture (captions, "Related Coverage", credits) is simply absent from `paragraphs`.
 */
export interface ArticleDocument {
  id: string;
  text: string;
  headline: string;
  date?: string;
  url?: string;
  publisher?: string;
  /** Body paragraphs in reading order, furniture removed. */
  paragraphs: Span[];
  /** Sentences of those paragraphs, in reading order. */
  sentences: Span[];
}
