import { CALENDAR_WORDS } from "../lexicon/calendar.js";
import type { SourceMention } from "../entities/source-mention.js";

/**
 * What a misread subject can be but a speaker never is. Organisations speak ("the Pentagon
 * said", "Yukos said"); a place, a building, an award, a title or a headline fragment does not:
 * when one of these is read as the source of a cue, the subject was misread, and the quote's
 * speaker must be found another way or left unnamed.
 */

// "detainee 'A' in Woodhill Prison said", "the Academy Award": a building, a street or an award.
const BUILDING_OR_AWARD =
  /\s(?:Prison|Jail|Hospital|Road|Street|Avenue|Square|Airport|Station|Stadium|Arena|Award|Awards|Prize|Trophy|Medal|Cup|Championship|Championships)$/;

// "Unless further rivals quit, ''…''", "Under the plan, “…”": a capitalised word that opens a
// clause is a preposition, a conjunction, an adverb or a quantifier ("More plaudits …"), never
// a name.
const FUNCTION_WORD =
  /^(?:under|unless|until|after|before|although|though|while|whilst|if|when|whenever|because|since|despite|without|within|with|although|besides|meanwhile|however|instead|still|yet|so|thus|hence|also|then|now|here|there|this|that|these|those|such|led|credit|according|asked|speaking|like|unlike|as|amid|among|beyond|around|through|throughout|toward|towards|against|across|behind|except|via|upon|onto|into|over|for|from|of|in|on|at|by|to|and|but|or|nor|more|most|many|some|several|few|all|both|each|every|any|other)$/i;

/**
 * Whether a source phrase read before or after a reporting verb cannot be a speaker.
 * `knownPerson`: the article already names a person so ("Ms. Jordan", "Carla Washington").
 */
export function isNonSpeaker(src: SourceMention, knownPerson: boolean): boolean {
  // "In their November report, MPs … said": "report" read as a verb after "their November";
  // a determiner and a month or a weekday are a date, never who spoke.
  if (isDate(src.name.trim())) return true;
  if (src.kind !== "name" && src.kind !== "org") return false;
  const name = src.name.trim();
  if (BUILDING_OR_AWARD.test(` ${name}`)) return true;
  if (FUNCTION_WORD.test(name)) return true;
  // A title makes the word a surname ("Ms. Washington said"), not the place.
  if (!knownPerson && src.role === null && isPlace(name)) return true;
  return isHeadlineFragment(name);
}

function isDate(phrase: string): boolean {
  const [det, word, more] = phrase.split(/\s+/);
  return (
    more === undefined &&
    /^(?:my|our|your|his|her|its|their|the|this|that|last|next)$/i.test(det ?? "") &&
    CALENDAR_WORDS.has((word ?? "").toLowerCase())
  );
}

// A state or province is where something happened ("At a rally in Portsmouth, N.H., …"), never
// who spoke. Countries and capitals are left alone: "Beijing said", "Russia denied" report what a
// government said, and the corpus annotates them as sources.
const REGIONS = new Set(
  (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia " +
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts " +
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon " +
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming " +
    "N.H. N.J. N.Y. N.C. N.D. N.M. S.C. S.D. Calif. Fla. Ill. Mass. Mich. Minn. Penn. Pa. " +
    "Va. Wis. Tenn. Ky. Ga. Ala. Ariz. Colo. Conn. Ind. Kan. Md. Mo. Neb. Nev. Okla. Ore."
  ).split(" "),
);
const TWO_WORD_REGIONS =
  /^(?:New (?:Hampshire|Jersey|Mexico|York State)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|West Virginia|Rhode Island)$/;

/** "Iowa", "N.H.", "OHIO": a state or province, in any case. */
export function isPlace(name: string): boolean {
  const title = /\p{Ll}/u.test(name) ? name : titleCase(name);
  return REGIONS.has(name) || REGIONS.has(title) || TWO_WORD_REGIONS.test(title);
}

/**
 * "NEW YORK ENDS TAMPON TAX": three or more words in capitals are a headline or a section
 * label, not an organisation (whose capitalised acronyms are one word: "NATO", "BBC News").
 */
function isHeadlineFragment(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && words.every((w) => !/\p{Ll}/u.test(w) && /\p{Lu}{2}/u.test(w));
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
