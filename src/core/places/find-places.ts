import type { Span } from "../card/card-schema.js";
import { placeTable } from "./place-table.js";
import { CALENDAR_WORDS } from "../lexicon/calendar.js";

/** One mention of a country or body: where it stands and the canonical name it refers to. */
export interface PlaceMention extends Span {
  place: string;
}

const canonicalByAlias = new Map<string, string>();
for (const [place, aliases] of Object.entries(placeTable)) {
  for (const alias of aliases) canonicalByAlias.set(alias, place);
}
const escape = (alias: string) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest alias first, so "United States" wins over "States" and "U.S.A." over "U.S.".
const aliasSource = [...canonicalByAlias.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
const mentionPattern = new RegExp(`(?<![\\w.])(?:${aliasSource})(?:['\u2019]s)?(?![\\w])`, "g");

/** Every place mention between `start` and `end` of `text`, in order. */
export function findPlaces(text: string, start = 0, end = text.length): PlaceMention[] {
  const found: PlaceMention[] = [];
  const slice = text.slice(start, end);
  mentionPattern.lastIndex = 0;
  for (let m = mentionPattern.exec(slice); m; m = mentionPattern.exec(slice)) {
    const alias = m[0].replace(/['\u2019]s$/, "");
    const place = canonicalByAlias.get(alias);
    if (place && !partOfLongerName(slice, m.index, m.index + alias.length, alias))
      found.push({ start: start + m.index, end: start + m.index + alias.length, place });
  }
  return found;
}

const functionWords = new Set(
  "In At From To For But And The On By With Of Outside Near Inside Both Meanwhile Yesterday Today Earlier Later As While When If After Before Since Than".split(
    " ",
  ),
);

// A capital city inside a longer name is no country: "Real Madrid", "Washington Post",
// "London Stock Exchange". Country names and demonyms ("U.S. Secretary") stay.
function partOfLongerName(text: string, start: number, end: number, alias: string): boolean {
  if (!cityNames.has(alias)) return false;
  const previous = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (previous && !functionWords.has(previous)) return true;
  const next = /^\s([A-Z][a-z]+)/.exec(text.slice(end, end + 20))?.[1];
  return next !== undefined && !CALENDAR_WORDS.has(next.toLowerCase());
}

const cityNames = new Set([
  "Paris",
  "Athens",
  "Brussels",
  "Tunis",
  "Damascus",
  "Tripoli",
  "Kabul",
  "Seoul",
  "Tehran",
  "Baghdad",
  "Jerusalem",
  "Tokyo",
  "Islamabad",
  "Pyongyang",
  "Kiev",
  "Kyiv",
  "Warsaw",
  "Prague",
  "Ankara",
  "Riyadh",
  "Cairo",
  "Rome",
  "Madrid",
  "Ottawa",
  "Canberra",
  "Brasilia",
  "Caracas",
  "Havana",
  "Minsk",
  "Taipei",
  "Dublin",
  "Tbilisi",
  "Belgrade",
  "Pristina",
  "Pretoria",
  "Abuja",
  "Harare",
  "Khartoum",
  "Beirut",
  "Jakarta",
  "Stockholm",
  "Oslo",
  "Edinburgh",
  "Cardiff",
  "Ramallah",
  "Gaza",
  "Washington",
  "Moscow",
  "London",
  "Beijing",
  "Berlin",
  "New Delhi",
  "Kremlin",
  "Pentagon",
  "White House",
  "Downing Street",
  "Whitehall",
  "Elysee",
  "Holyrood",
  "The Hague",
]);

/** The canonical place an exact alias names ("Kremlin" → "Russia"), or undefined. */
export function resolvePlace(alias: string): string | undefined {
  return canonicalByAlias.get(alias.trim().replace(/['\u2019]s$/, ""));
}
