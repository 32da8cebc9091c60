/** A feed's date (RFC 822 or ISO 8601) as an ISO time, or null when empty or unreadable. */
export function feedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const time = Date.parse(raw.trim());
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  // Dates before the web or far in the future are typos or placeholders, not publication times.
  return year < 1990 || year > 2200 ? null : new Date(time).toISOString();
}
