import type { Span } from "../card/card-schema.js";
import { CALENDAR_WORDS } from "../lexicon/calendar.js";
import { AUXILIARIES, BE_FORMS, TIME_NOUNS, WEEKDAYS } from "../lexicon/function-words.js";
import { words } from "../lexicon/word-list.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { tokenAt } from "../text/token-at.js";
import { CORE_SAY_VERBS } from "../lexicon/reporting-verbs.js";
import { takesStop } from "../entities/name-words.js";
import type { Token } from "../text/tokenize.js";

/**
 * The object of a verb of stance, which is the position held: "Christie endorsed Trump last
 * week" → "Trump", "the group backed a ban on imports" → "a ban on imports", "sought to calm
 * investors" → "to calm investors". It runs from the word after the verb at `v` to the clause's
 * `end`, stopping before a circumstance of when or how ("on Friday", "in May", ", saying …");
 * null when the verb takes a particle instead ("backed by donors", "backed away from").
 */
export function objectContent(text: string, tokens: Token[], v: number, end: number): Span | null {
  const first = tokens[v + 1];
  if (!first || first.punct || NOT_OBJECT.has(first.text.toLowerCase())) return null;
  // "endorsed Mr. Trump at a news conference", "backed him": a person or a body held up is the
  // name alone (not "want it passed", "wants him to resign": a pronoun with its own verb).
  const then = tokens[v + 2];
  const own = !!then && !then.cap && (then.text === "to" || /^\p{L}+(?:ed|ing)$/u.test(then.text));
  if (OBJECT_PRONOUNS.has(first.text.toLowerCase()) && !own)
    return { start: first.start, end: first.end };
  const np = readNounPhrase(text, tokens, v + 1);
  const after = np ? tokenAt(tokens, np.end) : -1;
  if (
    np &&
    !own &&
    HELD_KINDS.has(np.kind) &&
    (after < 0 || (after <= end && !goesOn(tokens[after])))
  )
    return { start: np.start, end: np.end };
  let last = v + 1;
  for (let j = v + 2; j < end && !circumstanceAt(tokens, j) && !mainVerbAt(tokens, j); j++)
    last = j;
  while (last > v + 1 && (tokens[last] as Token).punct) last--;
  return { start: first.start, end: (tokens[last] as Token).end };
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(words("him her them us me it"));
const HELD_KINDS: ReadonlySet<string> = new Set(["name", "pronoun", "org"]);

/** "endorsed Sanders' approach", "backed Obama's plan": the name opens a longer object. */
function goesOn(next: Token | undefined): boolean {
  return !!next && /^['’]s?$/.test(next.text);
}

// Particles and words that make the verb mean something else or join another verb: "backed by
// donors", "backed off", "called off the deal", "endorsed and funded …".
const NOT_OBJECT: ReadonlySet<string> = new Set(
  words("by off out away down up back into onto over around through and or but"),
);

/**
 * "House Republicans supporting the bill have said …": an auxiliary after a noun of the object
 * opens the main clause (not after a subject of its own: "a bill that would ban …").
 */
function mainVerbAt(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const w = t.text.toLowerCase();
  const before = tokens[j - 1] as Token;
  if (before.punct || t.cap) return false;
  // "hackers backing President Assad hijacked …": a past form right after a name.
  if (before.cap && /^\p{L}+ed$/u.test(w)) return true;
  // "others who want to ban abortion said …": a verb of saying opens the main clause.
  const main = AUXILIARIES.has(w) || CORE_SAY_VERBS.has(w);
  const b = before.text.toLowerCase();
  return main && !OWN_SUBJECTS.has(b) && !AUXILIARIES.has(b);
}

const OWN_SUBJECTS: ReadonlySet<string> = new Set(
  words("who that which it he she they we i you there what whatever not also to"),
);

/** Whether a circumstance of the stance (its time, its occasion or its manner) opens at `j`. */
function circumstanceAt(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  const w = t.text.toLowerCase();
  if (BREAKS.test(t.text) || WEEKDAYS.has(w) || JOINING_WORDS.has(w)) return true;
  const next = tokens[j + 1]?.text.toLowerCase() ?? "";
  // "in May", "in 2012", "in early June", "on Friday", "last week", "earlier this month".
  if (/^(?:in|on)$/.test(w) && (CALENDAR_WORDS.has(next) || /^(?:\d{4}|early|late|mid)/.test(next)))
    return true;
  return TIME_OPENERS.has(w) && (TIME_NOUNS.has(next) || next === "this" || next === "last");
}

const BREAKS = /^(?:[,;:()]|—|–|--|-)$/;
const TIME_OPENERS: ReadonlySet<string> = new Set(words("last this next earlier later early late"));
// Words that join a circumstance or another clause to the object ("… after the debate").
const JOINING_WORDS: ReadonlySet<string> = new Set(
  words("after before since during when while because amid despite until although though"),
);

/**
 * Whether the stance verb at `v` is no stance of its subject: passive ("Cruz was also endorsed
 * by Lee") or in the description of a quote's speaker.
 */
export function heldByOther(tokens: Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && /^(?:\p{L}+ly|also|already|still|just|not|never)$/iu.test(tokens[k]?.text ?? ""))
    k--;
  const before = tokens[k]?.text ?? "";
  // "investors may want to think twice": a guess at a stance is none.
  const passive = BE_FORMS.has(before.toLowerCase()) || GET_FORMS.test(before);
  return passive || GUESSES.test(before) || inSpeakerDescription(tokens, v);
}

const GUESSES = /^(?:may|might|could|should)$/i;

// "got endorsed": "get" makes a passive as "be" does.
const GET_FORMS = /^(?:get|gets|got)$/i;

/**
 * "“…,” said Rep. Ann Lee of Ohio, who endorsed Smith": a relative clause in the description of
 * who spoke a quote tells who the speaker is, not a position the article reports. Whether the
 * verb at `v` stands in such a relative: after "who", after a speaker named after "said".
 */
function inSpeakerDescription(tokens: Token[], v: number): boolean {
  let relative = false;
  for (let k = v - 1; k >= 0 && k > v - 20; k--) {
    const t = tokens[k] as Token;
    if (/^[.!?;]$/.test(t.text) && !takesStop(tokens[k - 1] ?? t)) return false;
    if (/^(?:who|which)$/i.test(t.text)) relative = true;
    else if (relative && SAID.test(t.text)) return QUOTE_END.test(tokens[k - 1]?.text ?? "");
  }
  return false;
}

const SAID = /^(?:said|says|added|adds)$/i;
const QUOTE_END = /^(?:,|”|"|'')$/;
