import type { Span } from "../card/card-schema.js";
import { placeTable } from "./place-table.js";

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
const aliasSource = [...canonicalByAlias.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
const mentionPattern = new RegExp(`(?<![\\w.])(?:${aliasSource})(?:['\u2019]s)?(?![\\w])`, "g");

/** Every place mention between `start` and `end` of `text`, in order. */
export function findPlaces(text: string, start = 0, end = text.length): PlaceMention[] {
  const found: PlaceMention[] = [];
  const slice = text.slice(start, end);
  mentionPattern.lastIndex = 0;
  for (let m = mentionPattern.exec(slice); m; m = mentionPattern.exec(slice)) {
    const alias = m[0].replace(/['\u2019]s$/, "");
    const place = canonicalByAlias.get(alias);
    if (place) found.push({ start: start + m.index, end: start + m.index + alias.length, place });
  }
  return found;
}

/** The canonical place an exact alias names ("Kremlin" → "Russia"), or undefined. */
export function resolvePlace(alias: string): string | undefined {
  return canonicalByAlias.get(alias.trim().replace(/['\u2019]s$/, ""));
}
