import { words } from "./word-list.js";

// What finds or shows, rather than who says: "a new poll shows", "records from the 2019 cycle
// show", "the jury found". Singular forms; plurals are read by `isFinderNoun`. ("A video of the
// rally shows", "the new evidence suggests", "a newly released email finds": measured on PolNeAR
// train, "evidence video footage projection email memo" add 12 reports, 10 in gold.)
const FINDER_LEMMAS: ReadonlySet<string> = new Set(
  words(
    "poll polling survey study report analysis review audit data research investigation probe " +
      "census index model estimate forecast figure result record number document filing " +
      "finding statistic count tally test experiment paper jury evidence video footage projection " +
      "email memo " +
      // "The inquiry found …", "an average of recent polls shows …", "photos showed …".
      "inquiry average photo",
  ),
);

/** Whether a word (any case, singular or plural) names something that finds or shows. */
export function isFinderNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (FINDER_LEMMAS.has(w)) return true;
  if (w.endsWith("ies")) return FINDER_LEMMAS.has(`${w.slice(0, -3)}y`);
  return w.endsWith("s") && FINDER_LEMMAS.has(w.slice(0, -1));
}

// The nouns of a poll, which holds its findings even as the object of "in": "In a new Gallup
// poll, 52 percent of voters …".
const POLL_LEMMAS: ReadonlySet<string> = new Set(words("poll polling survey"));

/** Whether a word (any case, singular or plural) names a poll or a survey. */
export function isPollNoun(word: string): boolean {
  const w = word.toLowerCase();
  return POLL_LEMMAS.has(w) || (w.endsWith("s") && POLL_LEMMAS.has(w.slice(0, -1)));
}
