import { searchWords } from "./search-text.js";

// Titles and honorifics that precede a name ("President Putin", "Mr Blair", "Defense Secretary Gates").
const titleWords = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "dame",
  "lord",
  "lady",
  "prof",
  "professor",
  "rev",
  "president",
  "vice",
  "prime",
  "minister",
  "foreign",
  "defense",
  "defence",
  "secretary",
  "senator",
  "sen",
  "rep",
  "representative",
  "governor",
  "gov",
  "mayor",
  "chancellor",
  "king",
  "queen",
  "prince",
  "princess",
  "general",
  "gen",
  "colonel",
  "col",
  "captain",
  "capt",
  "judge",
  "justice",
  "ambassador",
  "chairman",
  "chairwoman",
  "chief",
  "executive",
  "state",
  "deputy",
  "premier",
  "pope",
  "cardinal",
  "bishop",
  "speaker",
  "leader",
  "coach",
  "manager",
  "the",
]);

/** A person's name reduced for matching: no titles, case, accents, full stops or possessive. */
export function nameKey(name: string): string {
  const words = searchWords(name.replace(/['’]s\b/g, ""));
  let first = 0;
  while (first < words.length - 1 && titleWords.has(words[first] ?? "")) first += 1;
  return words.slice(first).join(" ");
}

/**
 * A "name" made only of titles ("Chancellor", "the Bishop", "Lord"): a card that took an office
 * for its holder's name. It names no one in particular, so it is no person of the archive.
 */
export function titleOnly(name: string): boolean {
  const words = searchWords(name);
  return words.length > 0 && words.every((word) => titleWords.has(word));
}

/** The last word of a name key ("sergei lavrov" → "lavrov"). */
export function surnameKey(key: string): string {
  return key.split(" ").at(-1) ?? key;
}

/**
 * The leading words one name has beyond the other when the other ends it ("exchequer" for
 * "exchequer gordon brown" against "gordon brown"), or null when neither ends the other. The
 * shorter must be a full name itself: a bare surname ends too many names to say anything.
 */
export function extraLeadingWords(a: string, b: string): string[] | null {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long === short || !short.includes(" ") || !long.endsWith(` ${short}`)) return null;
  return long.slice(0, -short.length - 1).split(" ");
}
