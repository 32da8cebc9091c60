/**
 * A platform-neutral answer. Every string is plain text taken as-is (often from article text):
 * renderers escape it for their platform, so nothing here may be trusted as markup.
 */
export interface Reply {
  /** One line that stands for the whole reply: notification text and plain fallback. */
  text: string;
  /** Units that are never split across messages (a card is one section). */
  sections: Section[];
  /** Only the person who asked should see it (errors, help, management answers). */
  ephemeral?: boolean;
}

export interface Section {
  title?: string;
  /** Link for the title (the article's URL), http(s) only. */
  url?: string;
  blocks: Block[];
  /** Small print under the section: source, date, "3 more quotes: /quotes Lavrov". */
  footer?: string;
}

export type Block =
  | { type: "paragraph"; text: string }
  /**
   * Words from an article with who said them ("Sergei Lavrov, Russian Foreign Minister").
   * Only `direct` words may be shown inside quotation marks; `reported` speech is the article's
   * paraphrase and must not look like a quote.
   */
  | { type: "quote"; kind: "direct" | "reported"; text: string; attribution: string }
  | { type: "fields"; fields: Field[] }
  | { type: "list"; items: string[] };

export interface Field {
  name: string;
  value: string;
}
