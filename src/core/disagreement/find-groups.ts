import type { Span } from "../card/card-schema.js";
import { words } from "../lexicon/word-list.js";

/** One mention of an unnamed group that takes sides: "campaigners", "rural farm workers". */
export interface GroupMention extends Span {
  /** The group as the card names it: its fullest form in the article ("anti-hunt campaigners"). */
  group: string;
}

// Plural nouns for people who act together in the news: campaign, protest, work, invest, vote.
const heads = new Set([
  ...words(
    "campaigners critics opponents protesters protestors demonstrators activists residents " +
      "unions workers employees shareholders investors farmers doctors physicians nurses " +
      "teachers parents fans supporters environmentalists conservationists pilots rebels " +
      "landowners hunters backbenchers councillors villagers tenants passengers commuters " +
      "students victims families",
  ),
  // Those who bring a case or a charge: "punished by the authorities", "prosecutors say".
  ...words("prosecutors authorities regulators"),
  ...words("ministers"),
]);
// Bodies a story names only by their number: "Parmalat has sued 45 banks", "eight insurance
// companies". Without a number ("banks said", "US firms") they are talk of a trade, not a side.
const countedBodies = new Set(words("banks lenders insurers firms companies"));
const countBefore =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens\s+of|several)\s+(?:[a-z-]+\s+)?$/;
// "groups" only with what they are: "rights groups", "pressure groups", "animal welfare groups".
const groupModifiers = /^(?:rights|pressure|lobby|consumer|campaign|welfare|environmental|green)$/;
// Words that are not modifiers of a group noun: function words, quantifiers, verbs of speech.
const notModifiers = new Set([
  ...words(
    "the a an his her their its our my your this these those that such no any every each some " +
      "many most all several other others few more less both two three four five hundreds " +
      "thousands dozens millions of and or but to for from by with in on at as than said says " +
      "told say claimed warned argued added insisted accused urged called among between about " +
      "against into over after before while who which whom whose what where when were was are " +
      "is be been being have has had not also who're only even just still already own",
  ),
  ...words("enough young old new fewer urge ask asked help helped tell let make"),
]);

/**
 * Unnamed groups that the article sets against a named party: "Campaigners accused the
 * government", "the disapproval of rural farm workers", "fellow physicians". A group noun right
 * after a name ("Labour MPs", "Sony's workers", "Welsh patients") belongs to that name and is
 * not a group of its own. Mentions of one head noun are one group, named by its longest form.
 */
export function findGroups(text: string): GroupMention[] {
  const found: { start: number; end: number; head: string; form: string }[] = [];
  for (const m of text.matchAll(/\b[A-Za-z][a-z-]*\b/g)) {
    const word = m[0].toLowerCase();
    const isGroups = word === "groups";
    const counted = countedBodies.has(word) && countBefore.test(text.slice(0, m.index));
    if (!heads.has(word) && !isGroups && !counted) continue;
    if (m[0] !== word && !sentenceStartAt(text, m.index)) continue;
    const modifiers = modifiersBefore(text, m.index);
    if (!modifiers) continue;
    if (isGroups && !groupModifiers.test(modifiers.words[modifiers.words.length - 1] ?? ""))
      continue;
    const form = [...modifiers.words, word].join(" ");
    found.push({ start: modifiers.start, end: m.index + m[0].length, head: word, form });
  }
  const longest = new Map<string, string>();
  for (const f of found) {
    const known = longest.get(f.head);
    if (!known || f.form.split(" ").length > known.split(" ").length) longest.set(f.head, f.form);
  }
  return found.map((f) => ({ start: f.start, end: f.end, group: longest.get(f.head) ?? f.form }));
}

// Up to two lower-case words that describe the group ("rural farm", "anti-hunt"), when a
// determiner, preposition or sentence start closes the phrase on the left (so "further provoke
// environmental campaigners" is bare "campaigners"); null when a name or possessive owns the
// group ("Labour MPs", "Sony's workers", "their supporters").
function modifiersBefore(text: string, at: number): { start: number; words: string[] } | null {
  const chain: { start: number; word: string }[] = [];
  let start = at;
  let closed = sentenceStartAt(text, at);
  while (chain.length < 3) {
    const previous = /([A-Za-z][\w'’-]*)(,?\s)$/.exec(text.slice(Math.max(0, start - 40), start));
    if (!previous) {
      closed = true;
      break;
    }
    const w = previous[1] ?? "";
    const lower = w.toLowerCase();
    const wordStart = start - previous[0].length;
    if (chain.length === 0 && /^(?:his|her|their|its|our|my|your)$/.test(lower)) return null;
    if (chain.length === 0 && /['’]s$/.test(w)) return null;
    if (previous[2]?.startsWith(",") || notModifiers.has(lower)) {
      closed = true;
      break;
    }
    if (/ly$/.test(lower) || !/^[a-z][a-z-]*$/.test(lower)) break;
    if (w !== lower) {
      // A capital inside a sentence is a name that owns the group; at its start, a modifier.
      if (!sentenceStartAt(text, wordStart)) return chain.length === 0 ? null : bare(at);
      chain.unshift({ start: wordStart, word: lower });
      closed = true;
      break;
    }
    chain.unshift({ start: wordStart, word: w });
    start = wordStart;
    closed = sentenceStartAt(text, wordStart);
    if (closed) break;
  }
  if (!closed || chain.length > 2) return bare(at);
  return { start: chain[0]?.start ?? at, words: chain.map((c) => c.word) };
}

const bare = (at: number) => ({ start: at, words: [] as string[] });

function sentenceStartAt(text: string, at: number): boolean {
  return at <= 0 || /(?:^|[.!?:]\s*|\n\s*|[“"‘']\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}
