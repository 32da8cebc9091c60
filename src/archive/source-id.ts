import { resolve } from "node:path";
import type { Source } from "../app/ports/source-registry.js";
import { normaliseUrl } from "../app/policy/normalise-url.js";

/** The id a feed URL or folder path is stored under, or an error sentence. */
export function sourceId(
  kind: Source["kind"],
  location: string,
): { id: string; location: string } | { error: string } {
  const trimmed = location.trim();
  if (kind === "briefs") {
    return trimmed
      ? { id: `briefs:${resolve(trimmed)}`, location: resolve(trimmed) }
      : { error: "Give the folder's path." };
  }
  const key = normaliseUrl(trimmed);
  return key
    ? { id: `feed:${key}`, location: trimmed }
    : { error: `"${trimmed}" is not an http or https feed address.` };
}
