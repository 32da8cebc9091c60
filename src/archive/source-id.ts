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

/** A `sources` row as both engines read it (times as ISO text). */
export interface SourceRow {
  id: string;
  kind: Source["kind"];
  location: string;
  added_at: string;
  status: Source["status"];
  failure_reason: string | null;
  consecutive_failures: number;
  last_polled_at: string | null;
  next_poll_at: string | null;
}

export function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    kind: row.kind,
    location: row.location,
    addedAt: row.added_at,
    status: row.status,
    failureReason: row.failure_reason,
    consecutiveFailures: row.consecutive_failures,
    lastPolledAt: row.last_polled_at,
    nextPollAt: row.next_poll_at,
  };
}
