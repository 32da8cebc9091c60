/** Structured log lines. Never pass a token or secret in `fields`. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Writes one JSON object per line to stderr, keeping stdout for answers. */
export function createStderrLogger(write: (line: string) => void): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  return { info: log("info"), warn: log("warn"), error: log("error") };
}
