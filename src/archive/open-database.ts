import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { guardArchive } from "./to-archive-error.js";

export interface OpenDatabaseOptions {
  /** A file path, or ":memory:". */
  path: string;
  /** How long a write waits for another process's lock before failing (default 5 s). */
  busyTimeoutMs?: number;
}

/** Opens (creating if needed) the SQLite file in WAL mode with foreign keys on. */
export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  return guardArchive(() => {
    if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Queries touch index pages all over a large archive: a bigger page cache and memory-mapped
    // reads keep the chat's p99 low (reads only; writes still go through the WAL).
    db.pragma("cache_size = -32000");
    db.pragma("mmap_size = 268435456");
    return db;
  });
}
