import type { ArticleDocument } from "../article/article-document.js";
import type { Person, Quote } from "../card/card-schema.js";

/** Finds every quote in an article and the person who said it. (Stub: built by the engine issue.) */
export function attributeQuotes(_doc: ArticleDocument): { quotes: Quote[]; people: Person[] } {
  return { quotes: [], people: [] };
}
