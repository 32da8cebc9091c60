/**
 * Returns the ISO calendar date (YYYY-MM-DD) at the start of `value`, or undefined when there is
 * none or it names an impossible day. Accepts full timestamps ("2007-10-12T09:00:00Z").
 */
export function normalizeDate(value: string | undefined): string | undefined {
  const match = value ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const valid =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return valid ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
