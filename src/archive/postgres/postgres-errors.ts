import { ArchiveError } from "../../app/archive-error.js";

const locked =
  "The archive database is busy (a lock or a conflicting write); try again in a moment.";
const unavailable = "The archive database cannot be reached; check DATABASE_URL and the server.";

// SQLSTATE classes and network errors, as the archive's fault classes.
function classify(code: string): [ArchiveError["code"], string] | null {
  if (code === "53100")
    return ["disk-full", "The archive could not save because the database server's disk is full."];
  if (code === "40001" || code === "40P01" || code === "55P03") return ["database-locked", locked];
  if (code === "XX001" || code === "XX002")
    return ["database-corrupt", "The archive database is damaged."];
  if (/^(08|57P|53)/.test(code)) return ["database-unavailable", unavailable];
  if (/^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|EPIPE)$/.test(code))
    return ["database-unavailable", unavailable];
  if (code === "3D000" || code === "28P01" || code === "28000")
    return ["database-unavailable", unavailable];
  return null;
}

/** Maps a `pg` error to the archive's fault class; anything unknown is returned unchanged. */
export function toPostgresArchiveError(error: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : "";
  const entry =
    typeof code === "string"
      ? classify(code)
      : /timeout exceeded when trying to connect|Connection terminated/i.test(message)
        ? (["database-unavailable", unavailable] as const)
        : null;
  return entry ? new ArchiveError(entry[0], entry[1], { cause: error }) : error;
}

/** Awaits `work`, translating PostgreSQL faults into `ArchiveError`. */
export async function guardPostgres<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPostgresArchiveError(error);
  }
}
