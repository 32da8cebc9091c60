import type { Logger } from "./ports/logger.js";

/** Writes one JSON object per line to stderr, keeping stdout for answers. */
export function createStderrLogger(write: (line: string) => void): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  return { info: log("info"), warn: log("warn"), error: log("error") };
}
