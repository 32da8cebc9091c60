import type { Logger } from "../app/ports/logger.js";

// Token shapes that could ride in an error message (a request's header echoed back): Slack
// tokens, Discord bot tokens (three base64url parts), and bearer/bot authorisation values.
const secrets = [
  /xox[a-z]-[A-Za-z0-9-]+/g,
  /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g,
  /\b(Bearer|Bot)\s+[^\s"']+/gi,
];

function redact(text: string, known: readonly string[]): string {
  let out = text;
  for (const value of known) if (value.length >= 8) out = out.split(value).join("[redacted]");
  for (const pattern of secrets) out = out.replace(pattern, "[redacted]");
  return out;
}

/** What the log needs of a fault: name, code, message, where it was thrown, and its cause. */
export function describeFault(
  fault: unknown,
  known: readonly string[] = [],
  depth = 0,
): Record<string, unknown> {
  if (!(fault instanceof Error)) return { value: redact(String(fault), known).slice(0, 500) };
  const code = (fault as { code?: unknown }).code;
  const at = fault.stack?.split("\n").find((line) => line.trim().startsWith("at "));
  return {
    name: fault.name,
    ...(code === undefined ? {} : { code: String(code) }),
    message: redact(fault.message, known).slice(0, 500),
    ...(at ? { at: redact(at.trim(), known) } : {}),
    ...(fault.cause !== undefined && depth < 2
      ? { cause: describeFault(fault.cause, known, depth + 1) }
      : {}),
  };
}

/**
 * The last resort for a long-running `start`: an exception or rejection nobody caught (a
 * library's handler included) is logged and the bot keeps serving, instead of one bad event
 * from one user taking the bot down for everyone. `secrets` are the configured tokens, cut out
 * of anything logged.
 */
export function installLastResortHandlers(logger: Logger, secretValues: readonly string[]) {
  const onException = (error: unknown, origin: string) =>
    logger.error("uncaught fault; still serving", {
      origin,
      fault: describeFault(error, secretValues),
    });
  const onRejection = (reason: unknown) =>
    logger.error("unhandled rejection; still serving", {
      fault: describeFault(reason, secretValues),
    });
  process.on("uncaughtException", onException);
  process.on("unhandledRejection", onRejection);
  return () => {
    process.off("uncaughtException", onException);
    process.off("unhandledRejection", onRejection);
  };
}
