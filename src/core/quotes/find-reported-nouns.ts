import type { Span } from "../card/card-schema.js";
import { takesStop } from "../entities/name-words.js";
import { readSourceBefore } from "../entities/read-source.js";
import type { SourceMention } from "../entities/source-mention.js";
import { AUXILIARIES, DETERMINERS } from "../lexicon/function-words.js";
import { STANCE_VERBS } from "../lexicon/reported-speech-verbs.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import {
  LIGHT_VERB_NOUNS,
  LIGHT_VERBS,
  OPINION_NOUNS,
  STANCE_NOUNS,
} from "../lexicon/stance-nouns.js";
import { words } from "../lexicon/word-list.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { POSSESSIVE_PRONOUNS, possessive, possessorAt } from "./possessor.js";

/** A position carried by a noun: "Trump's plan to deport …", the possessor its holder. */
export interface ReportedNoun {
  content: Span;
  /** The noun that carries it ("plan"), given as the cue. */
  noun: string;
  source: SourceMention;
}

const MIN_WORDS = 3;
// At most this many modifiers stand between the possessor and its noun ("her long support").
const MAX_MODIFIERS = 2;

/**
 * Positions carried by a noun of stance or speech after a possessor, in one paragraph: "Mr.
 * Trump's decision to seize on immigration", "her refusal to testify", "Warren's criticism of
 * the developer". The content is the noun's complement, to the end of its clause.
 */
export function findReportedNouns(
  text: string,
  tokens: Token[],
  quoted: (pos: number) => boolean,
): ReportedNoun[] {
  const out: ReportedNoun[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (quoted(t.start)) continue;
    const framed = framedBy(text, tokens, k);
    if (framed && !quoted(framed.content.start)) out.push(framed);
    const held = possessed(text, tokens, k) ?? lightVerb(text, tokens, k);
    if (!held) continue;
    const from = complementStart(tokens, held.noun, held.nouns);
    if (from < 0) continue;
    const end = complementEnd(tokens, from, held.subject);
    const inside = tokens.slice(from, end).filter((w) => !w.punct);
    const first = tokens[from] as Token;
    const last = tokens[end - 1] as Token;
    if (inside.length < MIN_WORDS || quoted(first.start) || quoted(last.start)) continue;
    out.push({
      content: { start: first.start, end: last.end },
      noun: held.cue ?? (tokens[held.noun] as Token).text.toLowerCase(),
      source: held.source,
    });
  }
  return out;
}

/**
 * "In Professor Hale's view, the tax would …", "…, in his view.": an opinion noun after "in"
 * frames the rest of its sentence (or the sentence before it) as the possessor's, as "according
 * to" does.
 */
function framedBy(text: string, tokens: Token[], k: number): ReportedNoun | null {
  if (!/^in$/i.test((tokens[k] as Token).text)) return null;
  let p = k + 1;
  while (p < k + 5 && tokens[p] && !tokens[p]?.punct && !possessive(tokens[p] as Token)) p++;
  const source = tokens[p] ? possessorAt(text, tokens, p) : null;
  const noun = tokens[p + 1];
  if (!source) return null;
  if (!noun || !OPINION_NOUNS.has(noun.text.toLowerCase())) return null;
  const after = tokens[p + 2]?.text ?? "";
  const opens = k === 0 || /^[.!?]$/.test(tokens[k - 1]?.text ?? "");
  let span: Span | null = null;
  if (opens && after === ",") span = spanOf(tokens, p + 3, sentenceEnd(tokens, p + 3));
  else if (tokens[k - 1]?.text === "," && /^[.!?]$/.test(after))
    span = spanOf(tokens, sentenceStart(tokens, k - 1), k - 1);
  if (!span) return null;
  return { content: span, noun: noun.text.toLowerCase(), source };
}

/** The span of tokens [from, to) when it holds enough words, or null. */
function spanOf(tokens: Token[], from: number, to: number): Span | null {
  const inside = tokens.slice(from, to).filter((w) => !w.punct);
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last && inside.length >= MIN_WORDS ? { start: first.start, end: last.end } : null;
}

/** The end (exclusive) of the sentence or semicolon clause read from `from`. */
function sentenceEnd(tokens: Token[], from: number): number {
  for (let j = from + 1; j < tokens.length; j++) {
    const w = (tokens[j] as Token).text;
    if (w === ";" || (/^[.!?]$/.test(w) && !takesStop(tokens[j - 1] as Token))) return j;
  }
  return tokens.length;
}

/** The first token of the sentence holding token `k`. */
function sentenceStart(tokens: Token[], k: number): number {
  for (let j = k; j > 0; j--) {
    const before = tokens[j - 1] as Token;
    if (/^[.!?]$/.test(before.text) && !(j > 1 && takesStop(tokens[j - 2] as Token))) return j;
  }
  return 0;
}

/** A noun of stance read at a token, with its holder and the nouns it was chosen from. */
interface Held {
  source: SourceMention;
  noun: number;
  nouns: ReadonlyMap<string, ReadonlySet<string>>;
  /** The cue to show when it is more than the noun ("made clear"). */
  cue?: string;
  /** The holder's phrase is its clause's subject, so the clause's main verb ends the content. */
  subject: boolean;
}

/** "Mr. Trump's decision to …", "her refusal to …": a possessor at `k` and its stance noun. */
function possessed(text: string, tokens: Token[], k: number): Held | null {
  const source = possessorAt(text, tokens, k);
  if (!source || objectOfVerb(tokens, tokenAt(tokens, source.start))) return null;
  const noun = nounAfter(tokens, k + 1, STANCE_NOUNS);
  if (noun < 0) return null;
  const subject = opensClause(tokens, tokenAt(tokens, source.start));
  return { source, noun, nouns: STANCE_NOUNS, subject };
}

/**
 * "Cruz made an unprompted call for an end to …", "she made clear that …": a light verb and its
 * stance noun report the verb's subject.
 */
function lightVerb(text: string, tokens: Token[], k: number): Held | null {
  const verb = (tokens[k] as Token).text.toLowerCase();
  if (!LIGHT_VERBS.has(verb)) return null;
  const article = tokens[k + 1]?.text.toLowerCase() ?? "";
  const clear = madeClear(tokens, k);
  if (!LIGHT_ARTICLES.has(article) && clear < 0) return null;
  const nouns = clear < 0 ? LIGHT_VERB_NOUNS : CLEAR;
  const noun = clear < 0 ? nounAfter(tokens, k + 2, LIGHT_VERB_NOUNS) : clear;
  const source = noun < 0 ? null : readSourceBefore(text, tokens, k);
  if (!source) return null;
  return { source, noun, nouns, subject: false, ...(clear < 0 ? {} : { cue: "made clear" }) };
}

/** "made clear that …", "made it clear that …": the index of "clear" after a form of "make", or -1. */
function madeClear(tokens: Token[], k: number): number {
  if (!/^mak|^made$/i.test((tokens[k] as Token).text)) return -1;
  const at = tokens[k + 1]?.text.toLowerCase() === "it" ? k + 2 : k + 1;
  return tokens[at]?.text.toLowerCase() === "clear" ? at : -1;
}

const CLEAR: ReadonlyMap<string, ReadonlySet<string>> = new Map([["clear", new Set(["that"])]]);

const LIGHT_ARTICLES: ReadonlySet<string> = new Set(words("a an the his her their"));

/**
 * "Clinton bashed Trump's proposal to …", "balked at the owner's proposal to …", "an ad about
 * Mr. Trump's support for …": a holder's phrase that is the object of a verb or a preposition
 * is what someone else spoke of, and the annotators credit that someone (measured on PolNeAR
 * train: read in any position, 28 in 73 matches had the possessor as speaker). Only a phrase that opens its
 * clause, or follows "as for" ("As for Mr. Trump's attacks on …"), holds the position itself.
 */
function objectOfVerb(tokens: Token[], start: number): boolean {
  if (opensClause(tokens, start)) return false;
  const before = tokens[start - 1]?.text.toLowerCase() ?? "";
  if (before === "for" && tokens[start - 2]?.text.toLowerCase() === "as") return false;
  return !ownPronoun(tokens, start);
}

/**
 * "persistent in her criticism of …", "backed away from his pledge to …": a possessive
 * pronoun after a preposition refers back to the clause's subject, who holds the position,
 * unless the preposition hangs on a verb of speech, an "-ed" or "-ing" form or a noun of stance.
 */
function ownPronoun(tokens: Token[], start: number): boolean {
  const t = tokens[start]?.text.toLowerCase() ?? "";
  const before = tokens[start - 1]?.text.toLowerCase() ?? "";
  const head = tokens[start - 2];
  if (!POSSESSIVE_PRONOUNS.has(t) || !PRONOUN_PREPOSITIONS.has(before) || !head) return false;
  const w = head.text.toLowerCase();
  if (head.punct || /(?:ly|ed|ing)$/.test(w) || /^(?:and|or|but)$/.test(w)) return false;
  return !(REPORTING_VERBS.has(w) || STANCE_VERBS.has(w) || STANCE_NOUNS.has(w));
}

const PRONOUN_PREPOSITIONS: ReadonlySet<string> = new Set(words("in from by on with over of to"));

/** Whether a phrase starting at `start` opens its sentence or clause (after punctuation or "and"). */
function opensClause(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  return !before || before.punct || OPENERS.test(before.text);
}

const OPENERS = /^(?:but|while|as|because|then|maybe|also|so|yet|although|though|if|when)$/i;

/** The index of a stance noun after a possessor, past a few modifiers, or -1. */
function nounAfter(
  tokens: Token[],
  k: number,
  nouns: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  for (let j = k; j < tokens.length && j <= k + MAX_MODIFIERS; j++) {
    const t = tokens[j] as Token;
    const w = t.text.toLowerCase();
    if (nouns.has(w)) return j;
    // "her long support", "Obama's latest plan": lower-case modifiers only (not "his party's").
    if (t.punct || t.cap || AUXILIARIES.has(w) || DETERMINERS.has(w) || /['’]s$/.test(w)) return -1;
  }
  return -1;
}

/** Where the noun's complement starts ("to …", "not to …", "of …"; past "that"), or -1. */
function complementStart(
  tokens: Token[],
  noun: number,
  nouns: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  const opens = nouns.get((tokens[noun] as Token).text.toLowerCase());
  const next = tokens[noun + 1]?.text.toLowerCase() ?? "";
  if (!opens) return -1;
  if (next === "not" && opens.has("to") && tokens[noun + 2]?.text === "to") return noun + 1;
  if (!opens.has(next)) return -1;
  // "his claim that …": the clause after "that", as for a verb of speech.
  return next === "that" ? noun + 2 : noun + 1;
}

/**
 * The end (exclusive) of a complement read from `from`: the sentence's end, a comma, semicolon,
 * colon, dash, bracket or quotation mark, or the auxiliary of the sentence's main verb ("Mr.
 * Trump's decision to seize on immigration | has showed …").
 */
function complementEnd(tokens: Token[], from: number, subject: boolean): number {
  // "his claim that the mill is safe | was …": a clause after "that" has a verb of its own,
  // so the main verb's auxiliary is the second one.
  let own = tokens[from - 1]?.text.toLowerCase() === "that" ? 1 : 0;
  for (let j = from + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    const w = t.text.toLowerCase();
    if (/^[.!?]$/.test(w) && !takesStop(tokens[j - 1] as Token)) return j;
    if (BREAKS.test(w) || nextItem(tokens, j)) return j;
    const auxiliary = AUXILIARIES.has(w) || /n['’]t$/.test(w);
    if (auxiliary && own > 0) own--;
    else if (auxiliary || (own === 0 && subject && mainVerb(tokens, j))) return j;
  }
  return tokens.length;
}

/**
 * "the surgeon's decision to read from a text | and his repeated slips …": "and" before a
 * possessive pronoun opens the next item of a list, not more of the complement.
 */
function nextItem(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1]?.text.toLowerCase() ?? "";
  return /^(?:and|or)$/i.test((tokens[j] as Token).text) && POSSESSIVE_PRONOUNS.has(next);
}

// Finite verbs with no "-ed" that follow a subject phrase's last noun ("… debates | made …",
// "… Centerview | reflects a shift").
const FINITE_VERBS: ReadonlySet<string> = new Set(
  words(
    "made came went gave took drew won lost left brought kept held led spoke stood became " +
      "began got seems appears remains comes goes makes gives takes reflects shows raises " +
      "suggests means stands puts helps",
  ),
);

const BREAKS = /^(?:[,;:()“”"―…]|''|``|—|–|--)$/;

/**
 * "the DNC's decision to bury the debates on weekends | helped …": in a phrase that is its
 * sentence's subject, a past tense after a noun is the main verb ("a planned cut", "to be
 * elected" are no main verbs: a determiner, "to" or an auxiliary stands before them).
 */
function mainVerb(tokens: Token[], j: number): boolean {
  const w = (tokens[j] as Token).text;
  const before = tokens[j - 1] as Token;
  const prev = before.text.toLowerCase();
  if (!(/^\p{Ll}{3,}ed$/u.test(w) || FINITE_VERBS.has(w)) || before.punct) return false;
  return !(DETERMINERS.has(prev) || AUXILIARIES.has(prev) || prev === "to" || /ly$/.test(prev));
}
