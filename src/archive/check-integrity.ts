import type Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { ArchiveError } from "../app/archive-error.js";

/** Where the archive at `path` keeps its backup (see backup-archive.ts). */
export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

/**
 * `PRAGMA quick_check` on an existing file: a damaged archive is refused with one sentence and
 * the way back, never opened and written to (its answers would be "try again" forever). It reads
 * every page once without the index cross-checks of `integrity_check`; see docs/operations.md
 * for its cost on a large archive.
 */
export function checkIntegrity(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    const rows = db.pragma("quick_check(3)") as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    // Not a database at all (SQLITE_NOTADB) keeps its own sentence; only damage is reported here.
    if (typeof code !== "string" || !code.startsWith("SQLITE_CORRUPT")) throw cause;
    throw damaged(path, cause instanceof Error ? cause.message : code, cause);
  }
  if (problems.length === 1 && problems[0] === "ok") return;
  throw damaged(path, problems[0] ?? "unknown damage", problems);
}

function damaged(path: string, detail: string, cause: unknown): ArchiveError {
  const backup = backupPathFor(path);
  const way = existsSync(backup)
    ? `stop briefbot and copy the backup ${backup} over it to restore it`
    : "no backup exists; move it away and briefbot will start a new, empty archive";
  return new ArchiveError(
    "database-corrupt",
    `The archive database ${path} is damaged (${detail.slice(0, 120)}); ${way}.`,
    { cause },
  );
}
