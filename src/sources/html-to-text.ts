import { Tokenizer } from "htmlparser2";

// Opening or closing one of these ends the paragraph being read.
const blockTags = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "pre",
  "figcaption",
  "td",
  "th",
  "dd",
  "dt",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "ul",
  "ol",
  "dl",
  "table",
  "tr",
  "figure",
  "hr",
  "body",
]);
// Their content is never article text (linkedom never runs scripts anyway).
const skippedTags = new Set(["script", "style", "noscript", "template", "iframe", "svg", "title"]);
// The tokenizer reads these as raw text up to their closing tag, so they never self-close.
const rawTextTags = new Set(["script", "style", "title"]);

export type HtmlTextResult =
  { ok: true; text: string } | { ok: false; error: { code: "too-long"; message: string } };

/**
 * Plain article text from HTML: one paragraph per block element, separated by a blank line,
 * whitespace folded, scripts and styles dropped. Read as a stream of tags, never as a tree, so
 * the work is linear in the input whatever its nesting (a hostile `<p><b><i>` repeated 40,000
 * times cost 21 s as a DOM). Refuses a document whose text runs past `maxChars` characters.
 */
export function htmlToText(html: string, maxChars = Number.POSITIVE_INFINITY): HtmlTextResult {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let pending = 0;
  let produced = 0;
  let skipping = 0;
  let tooLong = false;
  const flush = () => {
    const paragraph = fold(current.join(""));
    current = [];
    pending = 0;
    if (!paragraph) return;
    paragraphs.push(paragraph);
    produced += paragraph.length + 2;
    if (produced - 2 > maxChars) tooLong = true;
  };
  let lastOpened = "";
  const name = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const addText = (text: string) => {
    if (skipping > 0 || tooLong) return;
    current.push(text);
    pending += text.length;
    // Unfolded whitespace counts a quarter: the limit is on the text produced.
    if (pending > maxChars * 4) tooLong = true;
  };
  const ignore = () => {};
  // The tokenizer alone, not htmlparser2's Parser: the Parser keeps a stack of open elements
  // (`unshift`, `indexOf`), which is quadratic in nesting depth (6 s on a 499 KB hostile item).
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        lastOpened = name(start, end);
        if (lastOpened === "br") addText(" ");
        else if (skippedTags.has(lastOpened)) skipping += 1;
        else if (blockTags.has(lastOpened)) flush();
      },
      onselfclosingtag() {
        if (skippedTags.has(lastOpened) && !rawTextTags.has(lastOpened))
          skipping = Math.max(0, skipping - 1);
      },
      onclosetag(start, end) {
        const tag = name(start, end);
        if (skippedTags.has(tag)) skipping = Math.max(0, skipping - 1);
        else if (blockTags.has(tag)) flush();
      },
      ontext: (start, end) => addText(html.slice(start, end)),
      ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
      oncdata: ignore,
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onend: ignore,
      onopentagend: ignore,
      onprocessinginstruction: ignore,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  flush();
  if (tooLong)
    return {
      ok: false,
      error: { code: "too-long", message: "The document's text is too long to be one article." },
    };
  return { ok: true, text: paragraphs.join("\n\n") };
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
