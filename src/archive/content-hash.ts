import { createHash } from "node:crypto";
import type { ArticleInput } from "../core/article/article-input.js";

/** The content hash: headline and text with whitespace runs folded, so re-wrapping is no edit. */
export function contentHash(input: ArticleInput): string {
  const fold = (s: string) => s.replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${fold(input.title ?? "")}\n${fold(input.text)}`)
    .digest("hex");
}
