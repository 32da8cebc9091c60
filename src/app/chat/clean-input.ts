/** The longest phrase or question briefbot reads; longer input is refused, not cut. */
export const MAX_INPUT_LENGTH = 500;

// C0/C1 controls, zero-width characters, bidirectional overrides and isolates, BOM.
/* eslint-disable no-control-regex -- stripping control characters is the point. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/* eslint-enable no-control-regex */

/** Removes invisible and control characters and collapses whitespace, so "fro\u200Bzen" reads "frozen". */
export function cleanInput(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Strips one pair of surrounding quote marks: "'should be frozen'" → "should be frozen". */
export function unquote(text: string): string {
  const match = /^["'“”‘’«»](.*)["'“”‘’«»]$/su.exec(text.trim());
  return (match?.[1] ?? text).trim();
}
