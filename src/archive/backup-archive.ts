import type Database from "better-sqlite3";
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { backupPathFor } from "./check-integrity.js";

const dayMs = 24 * 60 * 60 * 1000;

/** True when the archive at `path` has no backup, or one older than a day. */
export function backupIsStale(path: string, nowMs: number): boolean {
  const backup = backupPathFor(path);
  return !existsSync(backup) || nowMs - statSync(backup).mtimeMs > dayMs;
}

/**
 * Copies the archive to `<path>.bak` (`VACUUM INTO`: a consistent, compact copy, about half a
 * second for a 200 MB archive). Written beside it first and renamed, so a full disk mid-copy
 * leaves the previous backup whole.
 */
export function backupArchive(db: Database.Database, path: string): string {
  const backup = backupPathFor(path);
  const partial = `${backup}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, backup);
  return backup;
}
