import type { ArticleDocument } from "../article/article-document.js";

const maxSentences = 3;
const maxCharacters = 420;

/**
 * The card's summary: the article's lead, one to three sentences from the top of the body
 * (dateline and furniture already left out). A quotation opening a later paragraph is not a
 * summary line, so the lead stops there. Falls back to the headline for an article with no body.
 */
export function summarizeLead(doc: ArticleDocument): string[] {
  const lines: string[] = [];
  let length = 0;
  for (const span of doc.sentences.slice(0, maxSentences)) {
    const sentence = doc.text.slice(span.start, span.end).replace(/\s+/g, " ");
    const opensQuote = /^["\u201c]/.test(sentence);
    if (lines.length > 0 && (opensQuote || length + sentence.length > maxCharacters)) break;
    lines.push(sentence);
    length += sentence.length;
  }
  return lines.length ? lines : [doc.headline];
}
