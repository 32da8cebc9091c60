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
  /** Body paragraphs in reading order, furniture and dateline removed. */
  paragraphs: Span[];
  /** Sentences of those paragraphs, in reading order. */
  sentences: Span[];
  /** Where the headline stands in the text, when it came from the text. */
  headlineSpan?: Span;
  /** The dateline ("MOSCOW (Reuters) - "), which is not content. */
  dateline?: Span;
  /** Lines left out as page furniture: captions, credits, bylines ("Additional reporting by …"). */
  furniture?: Span[];
}
