import type { ArticleDocument } from "./article-document.js";
import type { ArticleInput } from "./article-input.js";

/** Reads an article's text into paragraphs and sentences. (First cut: replaced by the engine issue.) */
export function readArticle(input: ArticleInput): ArticleDocument {
  const text = input.text;
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  const headline =
    input.title ?? (paragraphs[0] ? text.slice(paragraphs[0].start, paragraphs[0].end) : "");
  return {
    id: input.id ?? "article",
    text,
    headline,
    ...(input.date ? { date: input.date } : {}),
    paragraphs: paragraphs.slice(1),
    sentences: paragraphs.slice(1),
  };
}
