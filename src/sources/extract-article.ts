import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "./html-to-text.js";
import { maxArticleTextChars } from "./text-limits.js";
import type { ExtractedArticle, ExtractResult } from "../app/ports/article-parser.js";

export type { ExtractedArticle, ExtractResult };

// Readability reads every element unless told otherwise; a hostile page could have millions.
const maxElemsToParse = 30_000;
// Real pages nest a few dozen levels; unclosed tags (`<li><b>` repeated) nest thousands deep,
// and Readability's tree walks then took 14 s on 99 KB before overflowing the stack.
const maxDepth = 256;

const refuse = (message: string): ExtractResult => ({
  ok: false,
  error: { code: "no-article", message },
});
const tooLarge = refuse("The page is too large or too tangled to read an article from.");
const tooDeep = refuse("The page's markup is nested too deeply to read an article from.");

/**
 * The article in a web page: Mozilla Readability over a linkedom DOM (no scripts run, no
 * subresources load), its content turned into paragraphs of plain text.
 */
export function extractArticle(html: string): ExtractResult {
  // Counted on the raw text before any DOM exists: building the DOM is the expensive part.
  if ((html.match(/<[a-z]/gi)?.length ?? 0) > maxElemsToParse) return tooLarge;
  const { document } = parseHTML(html);
  if (depthOver(document.documentElement, maxDepth)) return tooDeep;
  for (const node of document.querySelectorAll("script, style, noscript, template")) node.remove();
  const published = metaDate(document);
  const parsed = readable(document);
  if (parsed === "too-large") return tooLarge;
  const converted = htmlToText(parsed?.content ?? "", maxArticleTextChars);
  if (!converted.ok) return refuse(converted.error.message);
  const text = converted.text;
  if (text.length < 80)
    return {
      ok: false,
      error: { code: "no-article", message: "No article text was found on that page." },
    };
  const date = (parsed?.publishedTime ? isoDay(parsed.publishedTime) : null) ?? published;
  return {
    ok: true,
    article: {
      title: parsed?.title?.trim() || null,
      text,
      date,
      publisher: parsed?.siteName?.trim() || null,
    },
  };
}

function readable(document: unknown): ReturnType<Readability<string>["parse"]> | "too-large" {
  try {
    return new Readability(document as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse,
      charThreshold: 200,
    }).parse();
  } catch {
    return "too-large";
  }
}

interface TreeNode {
  readonly firstElementChild: TreeNode | null;
  readonly nextElementSibling: TreeNode | null;
  readonly parentElement: TreeNode | null;
}

/** Whether any element lies deeper than `limit`: an iterative walk, so no stack to overflow. */
function depthOver(root: TreeNode | null, limit: number): boolean {
  let node = root;
  let depth = 1;
  while (node) {
    if (depth > limit) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth += 1;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth -= 1;
      if (node === root) return false;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}

function metaDate(document: {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}): string | null {
  const meta = document.querySelector(
    'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"], time[datetime]',
  );
  const raw = meta?.getAttribute("content") ?? meta?.getAttribute("datetime") ?? null;
  return raw ? isoDay(raw) : null;
}

function isoDay(raw: string): string | null {
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
