import { createTask } from "node-cron";
import type { Logger } from "../ports/logger.js";

export interface Ticker {
  /** Stops the timer and waits for a tick in flight. */
  stop(): Promise<void>;
}

/**
 * Runs `work` now and then every `seconds` on the wall clock (node-cron, seconds field), never
 * two at once: a tick still running when the next is due makes that one skip. A failing tick is
 * logged with its name and the timer goes on.
 */
export function tickEvery(
  name: string,
  seconds: number,
  work: () => Promise<unknown>,
  logger: Logger,
): Ticker {
  let inFlight: Promise<void> | null = null;
  const run = () => {
    if (inFlight) return inFlight;
    inFlight = work()
      .then(() => undefined)
      .catch((cause: unknown) => logger.error(`${name} failed`, describeCause(cause)))
      .finally(() => (inFlight = null));
    return inFlight;
  };
  const task = createTask(cronPattern(seconds), run, {
    name,
    noOverlap: true,
    suppressMissedWarning: true,
    logger: quietLogger(logger, name),
  });
  void task.start();
  void run();
  return {
    stop: async () => {
      await task.destroy();
      await inFlight;
    },
  };
}

/** Every `seconds` as a six-field pattern; only periods that divide the minute or the hour. */
export function cronPattern(seconds: number): string {
  if (Number.isInteger(seconds) && seconds >= 1 && seconds < 60 && 60 % seconds === 0)
    return `*/${seconds} * * * * *`;
  const minutes = seconds / 60;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 60 && 60 % minutes === 0)
    return `0 */${minutes} * * * *`;
  throw new RangeError(
    `A timer period must divide a minute or an hour (1-30 seconds or 1-60 minutes), not ${seconds} s.`,
  );
}

function describeCause(cause: unknown): Record<string, unknown> {
  if (!(cause instanceof Error)) return { cause: String(cause) };
  const code = (cause as { code?: unknown }).code;
  return { name: cause.name, message: cause.message, ...(code === undefined ? {} : { code }) };
}

// node-cron reports skipped (overlapping) and missed runs; they are expected here, not faults.
function quietLogger(logger: Logger, name: string) {
  return {
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => logger.warn(`${name}: ${message}`),
    error: (message: string | Error) =>
      logger.error(`${name}: ${message instanceof Error ? message.message : message}`),
  };
}
