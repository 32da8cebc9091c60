import { setTimeout as sleep } from "node:timers/promises";
import { ArchiveError } from "../archive-error.js";

/**
 * Runs an archive write, retrying while another process holds the lock. Each try waits at most
 * the archive's short busy timeout (on SQLite it blocks the event loop); between tries the loop
 * is free, so other users' commands are answered meanwhile.
 */
export async function retryWhileLocked<T>(
  write: () => Promise<T>,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 8;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const locked = error instanceof ArchiveError && error.code === "database-locked";
      if (!locked || attempt >= attempts) throw error;
      await sleep(options.pauseMs ?? 250);
    }
  }
}
