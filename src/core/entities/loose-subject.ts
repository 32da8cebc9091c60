import type { Token } from "../text/tokenize.js";
import { BODY_NOUNS } from "../lexicon/body-nouns.js";
import { isFinderNoun } from "../lexicon/finder-nouns.js";
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  NEGATIONS,
  PLURAL_NOUNS,
  QUANTITY_HEADS,
  TIME_NOUNS,
} from "../lexicon/function-words.js";
import { isReportingVerb } from "../lexicon/reporting-verbs.js";
import { PRONOUNS } from "./lexicon.js";
import { isRoleNoun } from "./name-words.js";
import { isBetween } from "./read-source.js";
import { describedSource } from "./source-mention.js";
import { isPlace } from "../quotes/non-speaker.js";
import type { SourceMention } from "./source-mention.js";

// A subject read this way is at most this many words (asides set off by dashes aside).
const MAX_WORDS = 12;
const DASH = /^(?:—|–|--)$/;
// Words after a subject's head that start its modifier ("people with direct knowledge of …").
const MODIFIER_START =
  /^(?:of|at|with|in|from|for|on|by|familiar|close|across|inside|outside|within|among|including|like|around|across|near|surveyed|polled|questioned|interviewed|asked|released|conducted|published|taken|commissioned|obtained|reviewed|filed|leaked|seen)$/i;
const PREPOSITION_START =
  /^(?:in|on|at|for|to|with|from|by|during|after|before|among|amid|under|over|into|about|against|despite|without|through)$/i;

/**
 * Where a subject ends before a verb at `v`: adverbs, auxiliaries and negations skipped, and a
 * time phrase ("Clinton on Tuesday said", "the committee last week said") stepped over.
 */
export function subjectEndBefore(tokens: Token[], v: number): number {
  let j = v - 1;
  // "Ford itself said": a reflexive that stresses the subject stands between it and its verb.
  const skippable = (t: Token): boolean => isBetween(t) || isNegated(t) || REFLEXIVE.test(t.text);
  while (j >= 0 && skippable(tokens[j] as Token)) j--;
  const time = (k: number): boolean => TIME_NOUNS.has(tokens[k]?.text.toLowerCase() ?? "");
  if (time(j)) {
    let k = j;
    while (k >= 0 && time(k)) k--;
    const w = tokens[k]?.text.toLowerCase() ?? "";
    // ("A Marist poll out Monday shows": a poll's date after "out".)
    if (/^(?:on|last|this|early|late|out)$/.test(w)) k--;
    if (w === "this" && tokens[k]?.text.toLowerCase() === "out") k--;
    // The time phrase must follow a subject word, not open the sentence ("Tuesday, he said").
    const before = tokens[k];
    if (before && !before.punct) j = k;
  }
  while (j >= 0 && skippable(tokens[j] as Token)) j--;
  // "Polls there show": a place adverb right after the subject's head.
  if (j > 0 && tokens[j]?.text === "there" && !tokens[j - 1]?.punct) j--;
  return j;
}

function isNegated(t: Token): boolean {
  const w = t.text.toLowerCase().replace(/’/g, "'");
  return NEGATIONS.has(w) || (w.endsWith("n't") && w.length > 3);
}

/**
 * "Twenty-four percent said", "Romney's associates said", "People with direct knowledge of
 * Gates' work said", "Many speakers at the service — including Muslims, Jews — said": a
 * subject the name and description readers leave, read back from its verb to the clause's start
 * as a whole phrase when its head is a quantity, a plural noun or a role. It names no one.
 * With `antecedent`, the phrase a relative "who" refers to ("business leaders who say").
 */
export function looseSubjectBefore(
  text: string,
  tokens: Token[],
  j: number,
  antecedent = false,
): SourceMention | null {
  // "The mayor spoke and one in four said": read through "and" ("three current and former
  // employees"), and when that reads no subject, stop at it.
  return (
    readLooseSubject(text, tokens, j, antecedent, true) ??
    readLooseSubject(text, tokens, j, antecedent, false)
  );
}

function readLooseSubject(
  text: string,
  tokens: Token[],
  j: number,
  antecedent: boolean,
  throughAnd: boolean,
): SourceMention | null {
  // "… in a prison and says": a subject never ends in a conjunction; the verb shares one.
  if (/^(?:and|or|but)$/i.test(tokens[j]?.text ?? "")) return null;
  const words: Token[] = [];
  let k = j;
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (isDash(tokens, k)) {
      const open = asideOpen(tokens, k);
      if (open < 0) break;
      k = open - (tokens[open]?.text === "-" ? 1 : 0);
      continue;
    }
    if (t.punct && t.text !== "%" && !placeListComma(tokens, k)) break;
    const lower = t.text.toLowerCase();
    // "That person said": a demonstrative before a lone person word is its determiner.
    if (
      /^(?:that|this)$/.test(lower) &&
      words.length === 1 &&
      PERSON_HEADS.has(words[0]?.text.toLowerCase() ?? "")
    ) {
      words.unshift(t);
      break;
    }
    // "more than 4 in 10 said": a comparison of a number opens no clause.
    const compared = lower === "than" && COMPARATIVES.test(tokens[k - 1]?.text ?? "");
    const joins = throughAnd && coordinatesModifiers(tokens, k);
    if (CLAUSE_OPENERS.has(lower) && !joins && !compared) break;
    if (AUXILIARIES.has(lower) || isNegated(t) || PRONOUNS.has(lower)) return null;
    // ("A report from the auditor found": after a determiner a finder is the noun.)
    // ("Internal emails show": a plural form that ends the subject is the noun.)
    const noun =
      (isFinderNoun(lower) && DETERMINERS.has(tokens[k - 1]?.text.toLowerCase() ?? "")) ||
      (k === j && /[^s]s$/.test(lower) && lower !== "says") ||
      // ("a projection from the Cook Political Report shows": a verb's form inside a name; measured
      // on PolNeAR train: 2 new reports, both in gold.)
      (t.cap && !!tokens[k - 1]?.cap && !(tokens[k - 1] as Token).punct) ||
      // ("Protest groups say": a verb's form opening the sentence before the head modifies it.)
      (t.cap && words.length > 0 && (k === 0 || /^[.!?]$/.test(tokens[k - 1]?.text ?? "")));
    if ((isReportingVerb(lower) && !noun) || /^(?:is|'s)$/.test(lower)) return null;
    // A relative's antecedent ("the 30 percent of voters who said") is one noun phrase: it
    // starts at its determiner and never takes in a preposition before it.
    if (antecedent && lower !== "of" && PREPOSITION_START.test(lower)) break;
    words.unshift(t);
    if (antecedent && DETERMINERS.has(lower)) break;
    if (words.length > MAX_WORDS) return null;
  }
  // "A Des Moines Register poll released (Saturday) found": the participle describes the poll.
  if (words.length > 1 && PARTICIPLE_END.test(words[words.length - 1]?.text ?? "")) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // "$768,000 in reported …": a phrase that opens or ends with a preposition is no subject.
  // ("About four in 10 said": "about" or "over" before a number is no preposition.)
  const approximate =
    /^(?:about|over|under)$/i.test(first.text) &&
    /^\p{N}|^(?:one|two|three|four|five|six|seven|eight|nine|half)$/iu.test(words[1]?.text ?? "");
  if ((PREPOSITION_START.test(first.text) && !approximate) || PREPOSITION_START.test(last.text))
    return null;
  // ("Republican activists clamoring to block him say": a participle after a common plural opens
  // its modifier, not "A Reuters rolling poll" (measured on PolNeAR train: 2 new reports, both in
  // gold; 1 speaker fixed, none broken).)
  const participle = (n: number): boolean =>
    /\p{Ll}ing$/u.test(words[n]?.text ?? "") && /^\p{Ll}.*[^s'’]s$/u.test(words[n - 1]?.text ?? "");
  const headAt = words.findIndex((t, n) => n > 0 && (MODIFIER_START.test(t.text) || participle(n)));
  const head = words[(headAt < 0 ? words.length : headAt) - 1] as Token;
  const h = head.text.toLowerCase().replace(/['’]s?$/, "");
  const number =
    /^\p{N}/u.test(head.text) ||
    /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)$/.test(h);
  // "Nearly nine out of 10 say": a share counted out of a whole.
  const outOf =
    h === "out" &&
    /^\p{N}|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/iu.test(
      words[(headAt < 0 ? words.length : headAt) - 2]?.text ?? "",
    );
  const quantity = QUANTITY_HEADS.has(h) || number || outOf;
  const plural =
    PLURAL_NOUNS.has(h) ||
    (/[^s'’iu]s$/.test(h) && !head.cap && !DETERMINERS.has(h) && h.length > 3);
  // "A Washington Post-ABC News poll", "Exit polling": a poll, a study or records hold what
  // they found.
  const finder = isFinderNoun(h);
  // "A person familiar with the talks": a lone person described by what they know.
  const person = PERSON_HEADS.has(h) && (headAt > 0 || /^(?:that|this)$/i.test(first.text));
  // "A major Muslim civil rights group says", "the Democratic governor's campaign said": a body
  // that speaks as one, its modifiers read whole, when a determiner opens the phrase.
  // ("Obama's office said": a possessor determines it too, not a contraction: "That's why …".)
  const possessor = first.cap && /\p{L}['’]s?$/u.test(first.text) && !CONTRACTION.test(first.text);
  const determined = DETERMINERS.has(first.text.toLowerCase()) || possessor;
  const body = BODY_NOUNS.has(h) && words.length > 1 && determined;
  // A lone capitalised word is a name the other readers did not take; leave it.
  if (!quantity && !plural && !finder && !person && !body && !isRoleNoun(h)) return null;
  // ("Most said …", "Several say …": a lone quantity speaks for the people counted.)
  // ("Records released Friday show …": a finder noun opening its sentence is capitalised only
  // for its place.)
  const opening = finder && (k < 0 || /^[.!?]$/.test(tokens[k]?.text ?? ""));
  if (words.length === 1 && !quantity && !opening && (head.cap || DETERMINERS.has(h))) return null;
  return describedSource(text, first.start, last.end, plural || quantity);
}

const COMPARATIVES = /^(?:more|less|fewer)$/i;
const CONTRACTION = /^(?:that|it|what|there|here|who|he|she|where|let|how)['’]s$/i;
const PARTICIPLE_END = /^(?:released|conducted|published|taken|commissioned)$/i;

const REFLEXIVE = /^(?:itself|himself|herself|themselves)$/i;
const PERSON_HEADS: ReadonlySet<string> = new Set(["person", "individual", "someone", "somebody"]);

/**
 * "Most voters in Ohio, Iowa and Maine said": a comma between two places of a list joins them,
 * it ends no subject.
 */
function placeListComma(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (tokens[k]?.text !== "," || !before?.cap || !after?.cap) return false;
  return isPlace(before.text) && isPlace(after.text);
}

/** "three current and former employees": "and" between two modifiers joins, opens nothing. */
function coordinatesModifiers(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase();
  if (w !== "and" && w !== "or") return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    !!before &&
    !!after &&
    !before.punct &&
    !after.punct &&
    !DETERMINERS.has(after.text.toLowerCase()) &&
    !PRONOUNS.has(after.text.toLowerCase())
  );
}

function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return DASH.test(t.text) || (t.text === "-" && tokens[k - 1]?.text === "-");
}

/** The index of the dash that opens an aside closed by the dash at `k`, or -1. */
function asideOpen(tokens: Token[], k: number): number {
  const from = tokens[k]?.text === "-" ? k - 2 : k - 1;
  for (let m = from; m >= 0 && m > k - 30; m--) {
    const t = tokens[m] as Token;
    if (/^[.!?;:]$/.test(t.text)) return -1;
    if (isDash(tokens, m)) return m;
  }
  return -1;
}
