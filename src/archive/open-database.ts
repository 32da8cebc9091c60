import Database from "better-sqlite3";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { checkIntegrity } from "./check-integrity.js";
import { guardArchive } from "./to-archive-error.js";

export interface OpenDatabaseOptions {
  /** A file path, or ":memory:". */
  path: string;
  /** How long opening waits for another process's lock before failing (default 5 s). */
  busyTimeoutMs?: number;
  /** Run `checkIntegrity` on an existing file (default true). */
  checkIntegrity?: boolean;
}

/**
 * Opens (creating if needed) the SQLite file in WAL mode with foreign keys on; an existing file
 * is checked first (`checkIntegrity`) and refused if damaged.
 */
export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  return guardArchive(() => {
    const file = options.path !== ":memory:";
    const existed = file && existsSync(options.path) && statSync(options.path).size > 0;
    if (file) mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    try {
      if (existed && options.checkIntegrity !== false) checkIntegrity(db, options.path);
      setUp(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  });
}

function setUp(db: Database.Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  // Queries touch index pages all over a large archive: a bigger page cache and memory-mapped
  // reads keep the chat's p99 low (reads only; writes still go through the WAL).
  db.pragma("cache_size = -32000");
  db.pragma("mmap_size = 268435456");
}
