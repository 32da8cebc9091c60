import type { Span } from "../card/card-schema.js";
import { normalizeDate } from "./normalize-date.js";

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// "October 12, 2007" (US) or "12 October 2007" (British).
const monthName = `(${months.join("|")})`;
const usDate = new RegExp(`\\b${monthName}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const britishDate = new RegExp(`\\b(\\d{1,2})\\s+${monthName}\\s+(\\d{4})\\b`, "i");

/**
 * The day an article reports on, read from its photo captions when nothing else dates it: wire
 * captions end with the day the picture was taken ("… outside Moscow October 12, 2007. REUTERS/Pool"),
 * which is the day of the events the article reports. Relative times ("next week") need it.
 */
export function captionDate(text: string, furniture: readonly Span[]): string | undefined {
  for (const line of furniture) {
    const date = fullDate(text.slice(line.start, line.end));
    if (date) return date;
  }
  return undefined;
}

function fullDate(line: string): string | undefined {
  const us = usDate.exec(line);
  if (us) return isoDate(us[3], us[1], us[2]);
  const british = britishDate.exec(line);
  return british ? isoDate(british[3], british[2], british[1]) : undefined;
}

function isoDate(year = "", month = "", day = ""): string | undefined {
  const index = months.indexOf(month.toLowerCase()) + 1;
  return normalizeDate(`${year}-${String(index).padStart(2, "0")}-${day.padStart(2, "0")}`);
}
