import { ArchiveError } from "../app/archive-error.js";

const byCode: Record<string, [ArchiveError["code"], string]> = {
  SQLITE_BUSY: [
    "database-locked",
    "The archive database is locked by another process; try again in a moment.",
  ],
  SQLITE_LOCKED: [
    "database-locked",
    "The archive database is locked by another process; try again in a moment.",
  ],
  SQLITE_FULL: [
    "disk-full",
    "The archive could not save because the disk (or the database's size limit) is full.",
  ],
  SQLITE_CORRUPT: ["database-corrupt", "The archive database file is damaged."],
  SQLITE_NOTADB: ["database-corrupt", "The archive file is not a briefbot database."],
  SQLITE_CANTOPEN: ["database-unavailable", "The archive database file cannot be opened."],
  SQLITE_READONLY: ["database-unavailable", "The archive database file is read-only."],
  SQLITE_IOERR: ["database-unavailable", "The archive database could not be read or written."],
};

/** Maps a driver error to the archive's fault class; anything unknown is rethrown unchanged. */
export function toArchiveError(error: unknown): unknown {
  if (error instanceof ArchiveError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  const entry = byCode[code] ?? byCode[code.split("_").slice(0, 2).join("_")];
  return entry ? new ArchiveError(entry[0], entry[1], { cause: error }) : error;
}

/** Runs `work`, translating SQLite faults into `ArchiveError`. */
export function guardArchive<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toArchiveError(error);
  }
}
