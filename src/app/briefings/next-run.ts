import { Cron } from "croner";

/**
 * The first instant strictly after `after` at which the wall clock in `timeZone` reads `localTime`
 * ("HH:MM"), by croner 11's time-zone rules:
 * - spring forward: a time inside the skipped hour runs at the first valid minute after the gap
 *   (02:30 on 2026-03-08 in America/New_York runs at 03:00 EDT = 07:00 UTC);
 * - fall back: a time in the repeated hour runs once, at its first occurrence
 *   (01:30 on 2026-11-01 in America/New_York runs at 01:30 EDT = 05:30 UTC, not again at 01:30 EST).
 */
export function nextRun(localTime: string, timeZone: string, after: Date): Date {
  const [hours, minutes] = localTime.split(":").map(Number);
  const cron = new Cron(`0 ${minutes} ${hours} * * *`, { timezone: timeZone, paused: true });
  const next = cron.nextRun(after);
  // A daily pattern always has a next run; null would mean croner itself is broken.
  if (!next) throw new Error(`croner found no next run for ${localTime} ${timeZone}`);
  return next;
}
