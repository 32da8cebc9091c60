import type { Span } from "../card/card-schema.js";

// "MOSCOW (Reuters) - ", "WASHINGTON, Oct 12 (Reuters) - ", "NEW YORK (AP) — ", "LONDON — ".
const datelinePattern =
  /^[A-Z][A-Z.'\u2019-]+(?:[ -][A-Z][A-Z.'\u2019-]+)*(?:,[ A-Za-z.]{2,30}?\d{0,2})?\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s+(?=[A-Z0-9"\u201c])/;

/** The dateline at the start of a paragraph, or undefined. */
export function findDateline(text: string, paragraph: Span): Span | undefined {
  const match = datelinePattern.exec(
    text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80)),
  );
  if (!match || match[0].length >= paragraph.end - paragraph.start) return undefined;
  return { start: paragraph.start, end: paragraph.start + match[0].length };
}
