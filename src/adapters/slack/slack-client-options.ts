import { LogLevel, type Logger as BoltLogger, type webApi } from "@slack/bolt";
import type { Logger } from "../../app/ports/logger.js";

/** The longest one `posts` request is waited for. */
export const postTimeoutMs = 20_000;

/**
 * Web API client settings for every call. Retries bounded (the library's default is ten over
 * half an hour, which can post a message twice). `posts` never retries, surfaces 429s to the
 * caller and gives up on a request after `postTimeoutMs`, so one hung channel cannot hold a
 * briefing slot: the scheduler then looks for the marked message before sending it again.
 */
export function slackClientOptions(
  apiUrl: string | undefined,
  logger: Logger,
  kind: "calls" | "posts",
  postTimeout = postTimeoutMs,
): webApi.WebClientOptions {
  return {
    ...(apiUrl !== undefined ? { slackApiUrl: apiUrl } : {}),
    logger: createBoltLogger(logger),
    allowAbsoluteUrls: false,
    retryConfig: kind === "posts" ? { retries: 0 } : { retries: 2, factor: 2, minTimeout: 500 },
    rejectRateLimitedCalls: kind === "posts",
    ...(kind === "posts" ? { timeout: postTimeout } : {}),
  };
}

/** Bolt and the Web API client log through ours; their debug lines (request dumps) are dropped. */
export function createBoltLogger(logger: Logger): BoltLogger {
  const line = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(" ");
  let level = LogLevel.INFO;
  return {
    debug: () => undefined,
    info: (...parts) => logger.info(line(parts), { source: "slack" }),
    warn: (...parts) => logger.warn(line(parts), { source: "slack" }),
    error: (...parts) => logger.error(line(parts), { source: "slack" }),
    setLevel: (next) => void (level = next),
    getLevel: () => level,
    setName: () => undefined,
  };
}
