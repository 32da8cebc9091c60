import { parseHTML } from "linkedom";

const blockTags = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";

/**
 * Plain article text from HTML: one paragraph per block element, separated by a blank line,
 * whitespace folded. Scripts and styles are dropped (linkedom never runs them anyway).
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll("script, style, noscript, template, iframe"))
    node.remove();
  const blocks = [...document.querySelectorAll(blockTags)]
    .filter((el) => !el.querySelector(blockTags))
    .map((el) => fold(el.textContent ?? ""))
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join("\n\n") : fold(document.body?.textContent ?? "");
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
