import type { Span } from "../card/card-schema.js";
import { WEEKDAYS } from "../lexicon/function-words.js";
import { resolvePlace } from "../places/find-places.js";

/** One mention of an organisation: where it stands and the name the card gives it. */
export interface OrganisationMention extends Span {
  organisation: string;
}

const name = String.raw`[A-Z](?:[\w&'’-]|\.(?=\w))*`;
// The last word of a body's name: "Powys Local Health Board", "Hereford Hospitals NHS Trust".
const headWords =
  "Board|Trust|Council|Commission|Committee|Authority|Agency|Association|Alliance|Union|Federation|Confederation|League|Group|Bank|Corporation|Corp|Inc|Ltd|plc|PLC|Company|Institute|Society|Foundation|Office|Department|Ministry|Court|Police|Service|Services|Organisation|Organization|Club|Airways|Airlines|Motors|Records|Studios|Pictures|Entertainment|Electronics|Telecom|Industries|Holdings|Exchange|Fund|Parliament|Assembly|Congress|Campaign|Network|Forum|Partnership|Consortium|Coalition|Movement|Church|University|College|Hospital|Tribunal|Bureau|Academy|Watchdog|Institution|Administration|Executive|Government";
const headed = new RegExp(
  String.raw`(?<![\w&'’.-])(?:${name}\s+(?:(?:of|for|&|de|the)\s+)?){0,5}(?:${headWords})(?![\w'’])`,
  "g",
);
// "Bookmaker Ladbrokes", "media giant TimeWarner", "Game maker Valve": a noun that introduces a name.
const introducerNouns =
  "firm|company|group|giant|maker|makers|bookmaker|rival|rivals|retailer|carrier|airline|bank|broadcaster|publisher|chain|operator|brewer|insurer|label|studio|developer|manufacturer|provider|producer|supplier|network|watchdog|regulator|charity|body|conglomerate|newspaper|magazine|website|outfit|club|side|union|lobby group|pressure group";
// Case-insensitive on the noun's first letter only: the name after it must be capitalised.
const anyCase = (nouns: string) =>
  nouns
    .split("|")
    .map((n) => `[${n[0]}${n[0]?.toUpperCase()}]${n.slice(1)}`)
    .join("|");
// "Environmental group Transport 2000", "Channel 4 spokesman": a number may end a name.
const numberTail = String.raw`(?:\s+\d{1,4}(?![\d,.]\d|\w|%))?`;
const introducer = new RegExp(
  String.raw`\b(?:${anyCase(introducerNouns)})\s+(${name}(?:\s+${name}){0,3}${numberTail})`,
  "g",
);
const introducerWord = new RegExp(`^(?:${introducerNouns})$`, "i");
// "William Hill spokesman Rupert Adams", "Sony executives": a name before a role noun.
const beforeRole = new RegExp(
  String.raw`(?<![\w&'’.-])(${name}(?:\s+${name}){0,3}${numberTail})(?:['’]s)?\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|chief\s+executive|chief|boss|bosses|chairman|chairwoman|director|managing\s+director|executives?|officials?|lawyers?|shareholders|manager|coach|captain|owner|owners|board|management|staff|workers|members)\b`,
  "g",
);
// "Valve said", "Yukos has claimed": a name doing what bodies do in the news.
const bodyVerb = new RegExp(
  String.raw`(?<![\w&'’.-])(${name}(?:\s+${name}){0,2})\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|was\s+)?(?:said|says|announced|claimed|confirmed|insisted|denied|rejected|called|warned|argued|sued|agreed|refused|admitted|revealed|stated|unveiled|launched|reported)\b`,
  "g",
);
const acronym = /(?<![\w&.])[A-Z][A-Z&]{1,6}(?![\w&])/g;

// Words that begin a sentence or a title, never the first word of a body's name.
const leadingNoise = new Set(
  (
    "The A An But And Or So Yet If In On At By For From To Of As It Its He She They We I You This That These Those " +
    "There Their His Her Our Former Deputy Vice Senior Assistant Acting Chief General Prime Foreign Home Shadow " +
    "Secretary Minister President Chancellor Last Next Earlier Later Meanwhile However While When After Before Since " +
    "Executive Director Chairman Head Leader Members Member Speaking Asked Now Then Both Many Some Most All Other Another Such One Two Three New Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April May June July August September October November December"
  ).split(" "),
);
// Whole names that are places, parties, events or seasons: found elsewhere or not sides at all.
const notNames = new Set(
  (
    "Britain British England English Scotland Scottish Wales Welsh Europe European World International National " +
    "Olympic Olympics Premiership Premier Champions Cup Nations Oscar Oscars Grammy Brit Brits Internet Web Christmas " +
    "Easter Labour Tory Tories Conservative Conservatives Democrat Democrats Democratic Republican Republicans Mobile " +
    "Congress Parliament Court Government"
  ).split(" "),
);
const honorific =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor|Judge|Justice|Rev|Father)\b/;
const heads = new Set(headWords.split("|"));
const notAcronyms = new Set(
  (
    "TV CD CDs DVD DVDs MP MPs MEP MEPs MSP MSPs AM AMs PM GDP IT OK FM PC PCs UK US USA EU UN ID ID AIDS HIV CEO MD VAT PR DJ " +
    "MC BC AD GMT DNA RAM PDF SMS LCD HD PIN RSS WMD OBE MBE CBE VIP NB PS AGM IPO GB TB CV PhD UFO ATM PIN RPG FPS XP OS " +
    "MP3 ISP ISPs IP URL WWW HTML ADSL WiFi GPS RFID UMTS GSM CDMA SIM LED QC QCs FTSE DAX CAC NFL NBA NHL DC SUV SUVs CO2 " +
    "I II III IV V VI VII VIII IX X XI XV AGM"
  ).split(" "),
);
// Words that only describe a body; what is left names it ("Hereford" of "Hereford County Hospital").
const genericWords = new Set(
  (
    "of for and & de the Board Trust Council Commission Committee Authority Agency Association Union Federation League " +
    "Group Bank Corporation Corp Inc Ltd plc PLC Company Co Institute Society Foundation Office Department Ministry " +
    "Service Services Organisation Organization Club Holdings Local Health County NHS National Hospital Hospitals " +
    "Pictures Entertainment Studios Records International Network Government Administration Executive Partnership"
  ).split(" "),
);

/**
 * Organisations named in `text`: bodies with a head word ("Powys Local Health Board"),
 * acronyms ("CBI"), names introduced by what they are ("bookmaker Ladbrokes"), named before a
 * role ("William Hill spokesman") or acting as bodies do ("Valve said"). Forms of one body
 * ("Hereford Hospital Trust", "Hereford hospital", "Hereford") share the longest name.
 * `personNames` are never organisations.
 */
export function findOrganisations(
  text: string,
  personNames: ReadonlySet<string>,
): OrganisationMention[] {
  const names = new Map<string, number>();
  const add = (whole: string, from: number, proven: boolean) => {
    // "Pension row\n\nRetired lawyer …": a name never runs across a line break.
    const cut = whole.search(/\n(?!.*\n)/s) + 1;
    const raw = whole.slice(cut);
    const at = from + cut;
    const trimmed = trimName(withoutPerson(raw, personNames), text.slice(Math.max(0, at - 20), at));
    if (!trimmed || personNames.has(trimmed.name) || names.has(trimmed.name)) return;
    if (resolvePlace(trimmed.name) !== undefined) return;
    // "Analysts said", "Critics warned": one capitalised word at a sentence start is no name.
    if (!proven && !trimmed.name.includes(" ") && !capitalisedMidSentence(text, trimmed.name))
      return;
    names.set(trimmed.name, at + trimmed.offset);
  };
  for (const m of text.matchAll(headed)) add(m[0], m.index, true);
  for (const m of text.matchAll(introducer))
    add(m[1] ?? "", m.index + m[0].indexOf(m[1] ?? ""), true);
  for (const pattern of [beforeRole, bodyVerb])
    for (const m of text.matchAll(pattern)) {
      // "a meeting of the WSIS in Geneva agreed": a name after "in" is where, not who.
      if (/\b(?:in|near)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      add(m[1] ?? "", m.index, false);
    }
  for (const m of text.matchAll(acronym))
    if (!notAcronyms.has(m[0]) && !notAcronyms.has(m[0].replace(/s$/, "")) && !shouted(text, m[0]))
      add(m[0], m.index, true);
  const spelled = spelledOut(text);
  for (const [, full] of spelled) add(full.name, full.at, true);
  const canonical = groupNames(names);
  // "World Summit on the Information Society (WSIS)": the acronym is the body it spells.
  for (const [short, full] of spelled) {
    const body = canonical.get(full.name);
    if (body && !personNames.has(short)) canonical.set(short, body);
  }
  return mentionsOf(text, canonical);
}

// A capitalised name with its acronym in brackets, the acronym its capitals' initials.
const withAcronym =
  /((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|the|and|&)\s+){0,2}){1,6}[A-Z][\w'’-]*)\s+\(([A-Z]{2,6})\)/g;

function spelledOut(text: string): Map<string, { name: string; at: number }> {
  const found = new Map<string, { name: string; at: number }>();
  for (const m of text.matchAll(withAcronym)) {
    const short = m[2] ?? "";
    const words = (m[1] ?? "").split(/\s+/);
    // The name is the shortest tail of capitalised words whose initials spell the acronym.
    for (let i = words.length - 1; i >= 0; i--) {
      const tail = words.slice(i);
      if (!/^[A-Z]/.test(tail[0] ?? "")) continue;
      const initials = tail
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join("");
      if (initials !== short) continue;
      const name = tail.join(" ");
      found.set(short, { name, at: m.index + (m[1] ?? "").lastIndexOf(name) });
      break;
    }
  }
  return found;
}

/** True when a name ends as bodies' names do ("… Hospital", "… Trust", "… plc"). */
export function isBodyName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && heads.has(words[words.length - 1] ?? "");
}

// "the Sunday Times", "Sunday Business editor": a weekday before a name word is a paper's first
// word, unless a time word before it makes it the day ("on Sunday Ladbrokes said").
const timeBefore =
  /\b(?:on|last|this|next|by|until|till|from|since|before|after|late|early|every|each|of|and|or|to)\s+$/i;

function keepsWeekday(words: readonly string[], before: string): boolean {
  const first = words[0] ?? "";
  const next = words[1] ?? "";
  const weekday = /^[A-Z][a-z]+$/.test(first) && WEEKDAYS.has(first.toLowerCase());
  if (!weekday || !/^[A-Z][a-z]/.test(next) || leadingNoise.has(next)) return false;
  return !timeBefore.test(before);
}

function trimName(raw: string, before = ""): { name: string; offset: number } | null {
  if (honorific.test(raw)) return null;
  const words = raw.split(/\s+/);
  let offset = 0;
  let stripped = before;
  const noise = (w: string) =>
    (leadingNoise.has(w.replace(/['’]s$/, "")) && !keepsWeekday(words, stripped)) ||
    introducerWord.test(w) ||
    /^(?:of|for|&|de|the)$/.test(w);
  while (words.length > 1 && noise(words[0] ?? "")) {
    const word = words.shift() ?? "";
    offset += word.length + 1;
    stripped += `${word} `;
  }
  while (words.length && /^(?:of|for|and|&|de|the)$/.test(words[words.length - 1] ?? ""))
    words.pop();
  const name = words
    .join(" ")
    .replace(/['’]s$/, "")
    .replace(/[.,]$/, "");
  if (!name || name.length < 2 || !/^[A-Z]/.test(name) || honorific.test(name)) return null;
  if (leadingNoise.has(name) || notNames.has(name) || notAcronyms.has(name)) return null;
  // A head word alone ("Board", "Trust") is a common noun at the start of a sentence.
  if (words.length === 1 && (heads.has(name) || genericWords.has(name))) return null;
  return { name, offset };
}

const keyOf = (orgName: string) =>
  orgName.split(/\s+/).filter((w) => !genericWords.has(w) && !notNames.has(w));

// Names whose distinctive words are contained in a longer name's are the same body.
function groupNames(names: Map<string, number>): Map<string, string> {
  const byLength = [...names.keys()].sort(
    (a, b) =>
      b.split(/\s+/).length - a.split(/\s+/).length || (names.get(a) ?? 0) - (names.get(b) ?? 0),
  );
  const canonical = new Map<string, string>();
  const groups: { name: string; key: string[] }[] = [];
  for (const n of byLength) {
    const key = keyOf(n);
    const group = key.length ? groups.find((g) => key.every((w) => g.key.includes(w))) : undefined;
    if (group) canonical.set(n, group.name);
    else {
      groups.push({ name: n, key });
      canonical.set(n, n);
    }
  }
  // A body's one distinctive word stands for it alone ("Hereford's decision"), unless two share it.
  const owners = new Map<string, Set<string>>();
  for (const g of groups)
    for (const w of g.key) owners.set(w, (owners.get(w) ?? new Set()).add(g.name));
  for (const [word, owner] of owners)
    if (
      owner.size === 1 &&
      !canonical.has(word) &&
      // "Sunday" of "Sunday Times" alone is the day.
      !leadingNoise.has(word) &&
      /^[A-Z][a-z]/.test(word) &&
      word.length > 2
    )
      canonical.set(word, [...owner][0] ?? word);
  return canonical;
}

function mentionsOf(text: string, canonical: Map<string, string>): OrganisationMention[] {
  if (!canonical.size) return [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escape);
  // A form inside a longer capitalised name is that other name's ("Hill" in "Benny Hill Show").
  const pattern = new RegExp(`(?<![\\w&'’.-])(?:${forms.join("|")})(?![\\w&-])`, "g");
  const found: OrganisationMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const single = !m[0].includes(" ");
    if (single && insideLongerName(text, m.index, m.index + m[0].length)) continue;
    const organisation = canonical.get(m[0]);
    if (organisation) found.push({ start: m.index, end: m.index + m[0].length, organisation });
  }
  return found;
}

// "Hill" in "Benny Hill", "Hereford" in "Hereford United": a longer name the list does not know.
function insideLongerName(text: string, start: number, end: number): boolean {
  const previous = /([A-Z][\w'’.-]*)\s$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (previous && !leadingNoise.has(previous) && !introducerWord.test(previous)) return true;
  return /^\s[A-Z][a-z]/.test(text.slice(end, end + 3));
}

// "Retired lawyer Tom Reed", "a friend, Retired officer Ann Lee": a participle is capitalised at
// the start of a sentence, line or apposition; only after a lower-case word on its line is it a
// name ("said United").
const participle = /^[A-Z][a-z]+(?:ed|ing)$/;

function capitalisedMidSentence(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = participle.test(word) ? "[a-z][^\\S\\n]+" : "[a-z,]\\s+";
  return new RegExp(`${before}${escaped}(?![\\w])`).test(text);
}

// "union Unison Dave Prentis": the body ends where a person's name begins.
function withoutPerson(raw: string, personNames: ReadonlySet<string>): string {
  const words = raw.split(/\s+/);
  for (let i = 1; i < words.length; i++)
    if (
      personNames.has(words.slice(i).join(" ")) ||
      personNames.has(words.slice(i, i + 2).join(" "))
    )
      return words.slice(0, i).join(" ");
  return raw;
}

// "FELLOW DOCTORS", "HE SAID": a capitalised heading, when the same word stands in lower case too.
function shouted(text: string, word: string): boolean {
  return word.length > 1 && new RegExp(`\\b${word.toLowerCase()}\\b`).test(text);
}
