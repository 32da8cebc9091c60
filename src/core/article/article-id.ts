import { createHash } from "node:crypto";

/** A stable id for an article without one: the first 16 hex digits of the SHA-256 of its text. */
export function articleId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
