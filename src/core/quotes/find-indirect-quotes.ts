import type { Span } from "../card/card-schema.js";
import { DURATION_NOUNS } from "../lexicon/calendar.js";
import { takesStop } from "../entities/name-words.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import {
  AUXILIARIES,
  BE_FORMS,
  DETERMINERS,
  CIRCUMSTANCE_WORDS,
  COMMON_WORDS,
  LISTENERS,
  NEGATIONS,
  TIME_NOUNS,
  WEEKDAYS,
  WH_WORDS,
} from "../lexicon/function-words.js";
import { CORE_SAY_VERBS, REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import {
  LISTENER_VERBS,
  OBJECT_STANCE_VERBS,
  SAY_CONTENT_VERBS,
  STANCE_VERBS,
  TOPIC_VERBS,
} from "../lexicon/reported-speech-verbs.js";
import { ANSWER_VERBS, REQUEST_NOUNS, UNNAMED_WORDS } from "../lexicon/unanswered-requests.js";
import { words } from "../lexicon/word-list.js";
import type { QuotedSpan } from "../text/find-quoted-spans.js";
import { tokenAt, tokensIn } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import { opensCommentary } from "./commentary-end.js";
import { participleContent } from "./finder-participle.js";
import { heldByOther, objectContent } from "./object-content.js";
import { opensMedium } from "./medium-end.js";
import type { ResolvedCue } from "./resolve-speaker.js";

/** Reported speech: the whole reported clause and the cue that reports it. */
export interface ReportedSpeech {
  content: Span;
  cue: ResolvedCue;
  /** The clause keeps its verb ("denied any wrongdoing", "did not expect …"). */
  withVerb: boolean;
}

const MIN_WORDS = 3;

/** Reported speech in one paragraph: the content clause of each cue that quotes no marked words. */
export function findIndirectQuotes(
  text: string,
  tokens: Token[],
  cues: ResolvedCue[],
  quotes: QuotedSpan[],
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  for (const cue of cues) {
    const verb = cue.verb.toLowerCase();
    const stance = STANCE_VERBS.has(verb);
    const topic = TOPIC_VERBS.has(verb);
    const object = OBJECT_STANCE_VERBS.has(verb);
    if (!(stance || topic || object || SAY_CONTENT_VERBS.has(verb) || verb === "according to"))
      continue;
    if (cue.resolved.speaker.name === null && !speaksUnnamed(cue)) continue;
    const read = contentOf(text, tokens, cue, stance);
    if (!read) continue;
    const reportEnd = beforeNextReport(tokens, read.content, cue, cues);
    const clause = { ...read, content: participleContent(tokens, cue.index, reportEnd) };
    const found = { ...clause, content: withAntecedent(tokens, cue, clause.content) };
    const { content } = found;
    // "Clinton was declared the winner", "a move called the boneless": a passive reports no one.
    if (passiveBefore(tokens, cue.index) || modifiesNoun(tokens, cue.index)) continue;
    // Content that opens with quoted words is a partial quote, found as such.
    if (
      quotes.some(
        (q) => q.start < content.end && q.end > content.start && q.start <= content.start + 2,
      )
    )
      continue;
    // "Peston said Blair told him: “…”": a report that introduces a quote of someone else is
    // that quote's attribution, not reported speech of its own.
    if (
      quotes.some(
        (q) =>
          q.start > content.start &&
          q.start < content.end &&
          introduced(text, content.start, q.start),
      )
    )
      continue;
    const inside = tokensIn(tokens, content.start, content.end).filter((t) => !t.punct);
    if (keptSilent(inside)) continue;
    // "Christie endorsed Trump": the object of a verb of stance may be a single name.
    const held = object && !found.withVerb && inside.length > 0;
    if (held || inside.length >= MIN_WORDS || shortClause(inside)) out.push({ ...found, cue });
    out.push(...secondVerbs(tokens, content, cue));
  }
  // A second verb may also have been found as a cue of its own: one clause, reported once.
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = `${r.content.start}:${r.content.end}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * "I told Sanders that …", "we argue that …", "they say the tax will pass": a clause reported by
 * a pronoun is reported speech even when no name can be given to the pronoun (the writer's own
 * words, or a "they" the resolver leaves open); its speaker is left unnamed. Not "it", which so
 * often stands for no speaker ("It was in May that Ward said …"): measured on PolNeAR train,
 * the other pronouns add 58 reports, 51 of them in gold.
 */
function speaksUnnamed(cue: ResolvedCue): boolean {
  return cue.source.kind === "pronoun" && cue.source.name.toLowerCase() !== "it";
}

/**
 * "brought new proposals they said were intended to soothe concerns": in a relative clause with
 * no "that", the reported clause opens with its verb; its subject is the noun before the
 * source, which the content takes along so that it reads whole.
 */
function withAntecedent(tokens: Token[], cue: ResolvedCue, content: Span): Span {
  if (cue.inverted || cue.source.kind !== "pronoun") return content;
  const first = tokens[tokenAt(tokens, content.start)];
  if (!first || first.start !== content.start || !AUXILIARIES.has(first.text.toLowerCase()))
    return content;
  const noun = tokens[tokenAt(tokens, cue.source.start) - 1];
  if (!noun || noun.punct || COMMON_WORDS.has(noun.text.toLowerCase())) return content;
  if (SUBORDINATORS.test(noun.text) || /ly$/.test(noun.text)) return content;
  return { start: noun.start, end: content.end };
}

/**
 * "did not respond to a request for comment", "did not want to be named": a negated answer to a
 * request, or a wish not to be named, says that nothing was said on the record.
 */
function keptSilent(inside: Token[]): boolean {
  const lower = inside.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const negation = lower.findIndex((w) => NEGATIONS.has(w) || w.endsWith("n't"));
  // The source's own silence: the clause opens with its auxiliary or negation ("did not
  // respond …"), not with a subject of its own ("Trump has not replied to his requests").
  const own = AUXILIARIES.has(lower[0] ?? "") || negation === 0;
  if (!own || negation < 0 || negation > 2) return false;
  const rest = lower.slice(negation + 1, negation + 4);
  const verb = rest.findIndex((w) => ANSWER_VERBS.has(w));
  if (verb >= 0) return lower.slice(negation + 2).some((w) => REQUEST_NOUNS.has(w));
  return (
    rest[0] === "want" &&
    rest[1] === "to" &&
    rest[2] === "be" &&
    UNNAMED_WORDS.has(lower[negation + 4] ?? "")
  );
}

/**
 * "One in three said the party ignores them and one in four said it was hostile": a clause ends
 * where a second source, joined by "and", "but", "while" or a comma, reports words of its own.
 */
function beforeNextReport(
  tokens: Token[],
  content: Span,
  cue: ResolvedCue,
  cues: ResolvedCue[],
): Span {
  let end = content.end;
  for (const other of cues) {
    if (other === cue || other.inverted || other.index <= cue.index) continue;
    const at = tokenAt(tokens, other.source.start);
    if (other.source.start <= content.start || other.source.start >= end || at < 1) continue;
    if (!JOINERS.test(tokens[at - 1]?.text ?? "")) continue;
    let last = at - 2;
    while (last > 0 && (tokens[last] as Token).punct) last--;
    const lastToken = tokens[last];
    if (lastToken && lastToken.end > content.start) end = Math.min(end, lastToken.end);
  }
  return { start: content.start, end };
}

const JOINERS = /^(?:and|but|while|whereas|,)$/i;

/**
 * "Jeff Cole said he would.", "she said they did": two words make a clause when the first is a
 * subject pronoun and the second its auxiliary.
 */
function shortClause(inside: Token[]): boolean {
  const [subject, verb] = inside;
  const first = subject?.text.toLowerCase().replace(/’/g, "'") ?? "";
  // "she said she'd go", "he said it's true": the auxiliary contracted onto the pronoun.
  const contracted = /^(\p{L}+)'(?:s|re|ll|d|ve|m)$/u.exec(first);
  if (inside.length === 2 && contracted && SUBJECTS.has(contracted[1] ?? "")) return true;
  // "46 percent said yes", "a year ago, 26 percent said the same": an answer (measured on
  // PolNeAR train, 28 of 30 such answers are reported speech there).
  const answer = inside.map((t) => t.text.toLowerCase()).join(" ");
  if (/^(?:yes|no|the same)$/.test(answer)) return true;
  return (
    inside.length === 2 && SUBJECTS.has(first) && AUXILIARIES.has(verb?.text.toLowerCase() ?? "")
  );
}

/** Whether the text before a quote, from `from`, ends with a colon introducing it. */
function introduced(text: string, from: number, quoteStart: number): boolean {
  return /:\s*[“"‘']*\s*$/.test(text.slice(from, quoteStart));
}

/**
 * "She released her tax returns and called on Sanders to do the same": each verb the cue's
 * subject goes on with after "and" reports a clause of its own, verb kept.
 */
function secondVerbs(tokens: Token[], content: Span, cue: ResolvedCue): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  let at = tokenAt(tokens, content.end);
  for (let n = 0; n < 3 && at >= 0; n++) {
    const and = tokens[at];
    if (!and || !secondVerbAt(tokens, at, cue.verb)) break;
    const end = clauseEnd(tokens, at + 1, cue.verb);
    const next = span(tokens, at + 1, end - 1);
    if (!next || end - at < 3) break;
    out.push({ content: next, cue, withVerb: true });
    at = end;
  }
  return out;
}

function contentOf(
  text: string,
  tokens: Token[],
  cue: ResolvedCue,
  stance: boolean,
): { content: Span; withVerb: boolean } | null {
  // "Christie endorsed Trump on Friday": the verb's object is the position held. Negated, it
  // holds none ("has not endorsed a candidate"), unless it is also a verb of stance, whose words
  // then stay ("does not want to stall growth").
  const lead = negatedLead(tokens, cue);
  if (OBJECT_STANCE_VERBS.has(cue.verb.toLowerCase()) && (lead === null || !stance)) {
    if (lead !== null || heldByOther(tokens, cue.index)) return null;
    const end = clauseEnd(tokens, cue.index + 1, cue.verb);
    const content = objectContent(text, tokens, cue.index, end);
    return content ? { content, withVerb: false } : null;
  }
  const next = tokens[cue.index + 1]?.text ?? "";
  // "… its missile shield plans.": a verb of stance alone ends no sentence it reports; a verb of
  // finding does ("…, the poll found.", "…, campaign records show.").
  const finding = SAY_CONTENT_VERBS.has(cue.verb.toLowerCase());
  if (/^[.!?;]$/.test(next) && !REPORTING_VERBS.has(cue.verb.toLowerCase()) && !finding)
    return null;
  // "Taxes will rise, he said; the council …": a cue before a semicolon ends the clause it reports.
  if (cue.inverted || cue.verb === "according to" || /^[.!?;]$/.test(next)) {
    const content = contentAround(tokens, cue);
    return content ? { content, withVerb: false } : null;
  }
  // "He said: the taxes will rise.": a colon introduces the rest of the sentence.
  if (next === ":") {
    const content = span(tokens, cue.index + 2, clauseEnd(tokens, cue.index + 2) - 1);
    return content ? { content, withVerb: false } : null;
  }
  if (next === ",") {
    const content = aside(tokens, cue);
    return content ? { content, withVerb: false } : null;
  }
  if (trailsContent(text, tokens, cue)) {
    const content = contentAround(tokens, cue);
    return content ? { content, withVerb: false } : null;
  }
  const withVerb = stance || lead !== null;
  const from = withVerb ? (lead ?? cue.index) : complementStart(text, tokens, cue);
  if (from === null || (withVerb && !hasComplement(tokens, cue.index))) return null;
  let end = clauseEnd(tokens, from, cue.verb);
  // "While some friends say X, others say Y", "Sanders, who had said X, criticized …": a
  // subordinate or relative clause ends at its comma.
  const srcAt = tokenAt(tokens, cue.source.start);
  const relative = tokens
    .slice(tokenAt(tokens, cue.source.end), cue.index)
    .some((t) => t.text === "who");
  // "After saying he was nervous, the man …": a gerund before its subject opens the sentence
  // with a phrase that ends at its comma.
  const fronted = cue.source.start > cue.end;
  if (SUBORDINATORS.test(tokens[srcAt - 1]?.text ?? "") || relative || fronted) {
    const comma = tokens.slice(from, end).findIndex((t) => t.text === ",");
    if (comma >= 0) end = from + comma;
  }
  const content = span(tokens, from, end - 1);
  return content ? { content, withVerb } : null;
}

/**
 * "…, Israeli officials said Wednesday.", "…, she said in a statement on Friday.": a source set
 * off by a comma whose verb is followed only by when, where or how it spoke reports the words
 * before it, as a cue that ends its sentence does.
 */
function trailsContent(text: string, tokens: Token[], cue: ResolvedCue): boolean {
  const srcAt = tokenAt(tokens, cue.source.start);
  if (srcAt < 1 || tokens[srcAt - 1]?.text !== ",") return false;
  // "…, a school spokesman told The Wall Street Journal (on Friday).": the listener, then
  // nothing but when or where, is no clause.
  const from = LISTENER_VERBS.has(cue.verb.toLowerCase())
    ? pastListener(text, tokens, cue.index + 1)
    : cue.index + 1;
  const first = tokens[from]?.text.toLowerCase() ?? "";
  const ends = from > cue.index + 1 && /^[.!?]$/.test(first) && isStop(tokens, from);
  if (ends) return true;
  if (!(WEEKDAYS.has(first) || TRAILING_CIRCUMSTANCES.has(first))) return false;
  const stop = sentenceEnd(tokens, from);
  if (stop - from > 9) return false;
  return !tokens
    .slice(from, stop)
    .some((t) => t.text === "," || t.text.toLowerCase() === "that" || t.text === "“");
}

/** The index past a listener at `k` ("reporters", "The Wall Street Journal"), or `k`. */
function pastListener(text: string, tokens: Token[], k: number): number {
  const first = tokens[k];
  if (!first || first.punct) return k;
  if (LISTENERS.has(first.text.toLowerCase())) return k + 1;
  const np = readNounPhrase(text, tokens, k);
  if (!np || np.kind === "pronoun") return k;
  // "told a Senate panel Wednesday": the listener's head noun after the name that modifies it.
  let past = tokenAt(tokens, np.end);
  for (let n = 0; n < 2 && isListenerHead(tokens[past]); n++) past++;
  return past;
}

function isListenerHead(t: Token | undefined): boolean {
  const w = t?.text.toLowerCase() ?? "";
  return (
    !!t && !t.cap && !t.punct && /^\p{Ll}+$/u.test(w) && !COMMON_WORDS.has(w) && !DETERMINERS.has(w)
  );
}

// The words that open a trailing circumstance of saying: "said on Twitter", "said last week".
const TRAILING_CIRCUMSTANCES: ReadonlySet<string> = new Set(
  words("on in at during after before earlier later last this yesterday today tonight"),
);

/** "271 pledged delegates", "the 12 proposed rules": a participle after a number is an adjective. */
function modifiesNoun(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1]?.text ?? "";
  return (
    /ed$/i.test(tokens[v]?.text ?? "") && (/^\d[\d,.]*$/.test(before) || QUANTITIES.has(before))
  );
}

function passiveBefore(tokens: Token[], v: number): boolean {
  if (!/(?:ed|en|wn|told|said|thought|felt|known|found)$/i.test(tokens[v]?.text ?? ""))
    return false;
  let k = v - 1;
  while (k >= 0 && /^\p{L}+ly$/u.test(tokens[k]?.text ?? "")) k--;
  return BE_FORMS.has(tokens[k]?.text.toLowerCase() ?? "");
}

/** A stance verb reports something only with a complement after it: "denied the charges". */
function hasComplement(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  return !!next && !next.punct;
}

/**
 * "Khodorkovsky did not deny …", "she never said …": the index of the first auxiliary or
 * negation between the source and the verb when the verb is negated, so the clause keeps it.
 */
function negatedLead(tokens: Token[], cue: ResolvedCue): number | null {
  let lead: number | null = null;
  let negated = false;
  for (let k = cue.index - 1; k >= 0 && k >= cue.index - 4; k--) {
    const t = tokens[k] as Token;
    if (t.start < cue.source.end) break;
    const w = t.text.toLowerCase().replace(/’/g, "'");
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
    else if (!AUXILIARIES.has(w) && !/ly$/.test(w)) break;
    lead = k;
  }
  return negated ? lead : null;
}

/** Where "X said (on Friday) (that) CONTENT" starts its content, or null when nothing was said. */
function complementStart(text: string, tokens: Token[], cue: ResolvedCue): number | null {
  const verb = cue.verb.toLowerCase();
  let k = cue.index + 1;
  const next = tokens[k];
  if (next && DASHES.test(next.text)) {
    const that = setOffThat(tokens, k, sentenceEnd(tokens, k));
    return that >= 0 ? that + 1 : null;
  }
  if (!next || next.punct) return null;
  if (WEEKDAYS.has(next.text.toLowerCase()) && !(tokens[k + 1]?.punct ?? true)) k++;
  // "said on Thursday there were no plans", "said last week the talks …": a time phrase, then
  // the clause.
  const afterTime = pastTime(tokens, k);
  if (afterTime > k && opensClause(tokens[afterTime])) k = afterTime;
  // "said on Nov. 9. Later that month …": the complementiser stands in the cue's own sentence.
  const stop = sentenceEnd(tokens, k);
  // "told a town hall in Salem, New Hampshire on Monday that …": a listener and its
  // circumstances may stand longer between the verb and its "that".
  const reach = LISTENER_VERBS.has(verb) ? 16 : 8;
  // "said he’s unconvinced that …": a clause opened by its subject pronoun starts there, not
  // at a "that" inside it.
  const pronoun = opensWithPronoun(tokens, k);
  const near = pronoun
    ? -1
    : tokens.slice(k, Math.min(k + reach, stop)).findIndex((t) => t.text.toLowerCase() === "that");
  const that = near < 0 && !pronoun && !/^call/.test(verb) ? farThat(tokens, k, stop) : near;
  // "said on CNN, where he is a contributor, that …", "said — on Twitter, as it happens — that":
  // a circumstance set off by commas or dashes may stand longer before the "that".
  // (Not "responded to questions about complaints by Lew, that …": the "that" is the noun's.)
  const answers = /^(?:respond|repl|answer)/.test(verb) || TOPIC_VERBS.has(verb);
  const setOff = that < 0 && !answers && !pronoun ? setOffThat(tokens, k, stop) : -1;
  if (setOff >= 0) return setOff + 1;
  if (that >= 0) {
    // "said that may have been …": "that" followed by a verb is the clause's subject.
    const subject = that === 0 && AUXILIARIES.has(tokens[k + 1]?.text.toLowerCase() ?? "");
    return subject ? k : k + that + 1;
  }
  const wh = tokens.slice(k, k + 6).findIndex((t) => WH_WORDS.has(t.text.toLowerCase()));
  if (/^ask/.test(verb)) {
    const asked = askedFor(text, tokens, k);
    if (asked !== null) return asked;
  }
  if (LISTENER_VERBS.has(verb)) return wh >= 0 ? k + wh : afterListener(text, tokens, k);
  const lower = (tokens[k] as Token).text.toLowerCase();
  // "spoke about the rights …", "warned of an outbreak", "argued against the plan": the topic
  // spoken of, its preposition kept (not after "said": "said of Trump, “…”" names whom the
  // quote is about).
  if (TOPICS.test(lower) && nextIsWord(tokens, k + 1) && !CORE_SAY_VERBS.has(verb)) return k;
  if (TOPIC_VERBS.has(verb)) return null;
  // "Trump called for a special prosecutor …", "called on Sanders and Trump to do the same":
  // what was called for (measured on PolNeAR train: 87 in 100 are reported speech).
  if (/^call/.test(verb) && lower === "for") return nextIsWord(tokens, k + 1) ? k + 1 : null;
  if (/^call/.test(verb) && lower === "on") return calledOn(tokens, k + 1);
  // "said in an interview.", "said happily on MSNBC", "adding to his victories": circumstances.
  const then = /ly$/.test(lower) ? (tokens[k + 1]?.text.toLowerCase() ?? ".") : lower;
  // ("say this is just a rough patch": "this" before a verb is the clause's subject, not "this week".)
  const subject = lower === "this" && AUXILIARIES.has(tokens[k + 1]?.text.toLowerCase() ?? "");
  if (
    (CIRCUMSTANCE_WORDS.has(then) && !approximates(tokens, k) && !subject) ||
    /^[.,;]$/.test(then)
  )
    return TRAILING_CIRCUMSTANCES.has(lower) ? pronounClauseAfter(tokens, k, stop) : null;
  if (/^add/.test(verb) && lower === "to") return null;
  return k;
}

/**
 * The index of a "that" after a comma or dash that closes a circumstance opening at `k` (a
 * preposition or a dash), within 20 words of the verb, or -1.
 */
function setOffThat(tokens: Token[], k: number, stop: number): number {
  const first = tokens[k]?.text.toLowerCase() ?? "";
  if (!(CIRCUMSTANCE_WORDS.has(first) || DASHES.test(first))) return -1;
  for (let j = k + 2; j < Math.min(k + 20, stop); j++) {
    const before = tokens[j - 1]?.text ?? "";
    if (tokens[j]?.text.toLowerCase() === "that" && (before === "," || DASHES.test(before)))
      return j;
  }
  return -1;
}

const DASHES = /^(?:—|–|--)$/;

/**
 * The index past a time phrase at `k` ("on Thursday", "last week", "this morning", "for weeks",
 * "for two years"), or `k`.
 */
function pastTime(tokens: Token[], k: number): number {
  let j = k;
  if (/^for$/i.test(tokens[j]?.text ?? "")) {
    const count = tokens[j + 1]?.text.toLowerCase() ?? "";
    const unit = SPAN_COUNTS.test(count) || QUANTITIES.has(count) ? j + 2 : j + 1;
    return DURATION_NOUNS.has(tokens[unit]?.text.toLowerCase() ?? "") ? unit + 1 : k;
  }
  if (/^(?:on|last|this|early|late|earlier|later)$/i.test(tokens[j]?.text ?? "")) j++;
  const from = j;
  while (j < tokens.length && TIME_NOUNS.has(tokens[j]?.text.toLowerCase() ?? "")) j++;
  return j > from ? j : k;
}

/**
 * "said in a long interview with the paper's editors on Tuesday that …": a circumstance opened
 * by a preposition may stand up to 16 words before the "that", when no verb of speech or stance
 * stands in it (whose "that" it would be). The offset of that "that" from `k`, or -1.
 */
function farThat(tokens: Token[], k: number, stop: number): number {
  if (!TRAILING_CIRCUMSTANCES.has(tokens[k]?.text.toLowerCase() ?? "")) return -1;
  for (let j = k + 1; j < Math.min(k + 16, stop); j++) {
    const w = tokens[j]?.text.toLowerCase() ?? "";
    if (w === "that") return j - k;
    if (REPORTING_VERBS.has(w) || STANCE_VERBS.has(w) || SAY_CONTENT_VERBS.has(w)) return -1;
  }
  return -1;
}

/**
 * "said after the convention he would not …", "said at a rally in Ohio they had …": past a
 * circumstance of a few words, a personal pronoun with its auxiliary opens the clause. Its
 * index, or null.
 */
function pronounClauseAfter(tokens: Token[], k: number, stop: number): number | null {
  for (let j = k + 2; j < Math.min(k + 8, stop); j++) {
    const t = tokens[j] as Token;
    if (t.punct || t.text.toLowerCase() === "that") return null;
    const w = t.text.toLowerCase().replace(/’/g, "'");
    const bare = w.replace(/'(?:s|re|ll|d|ve|m)$/, "");
    if (!PERSONAL_SUBJECTS.has(bare)) continue;
    const next = tokens[j + 1]?.text.toLowerCase() ?? "";
    return bare !== w || AUXILIARIES.has(next) ? j : null;
  }
  return null;
}

// Subject pronouns that never stand as an object ("said at it", "told you" are no clauses).
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(words("he she they we i"));

/**
 * Whether the words at `k` open a clause with a subject pronoun ("he was", "she’d", "they
 * never"): the pronoun, bare or with its auxiliary contracted onto it, then a word.
 */
function opensWithPronoun(tokens: Token[], k: number): boolean {
  const w = (tokens[k]?.text.toLowerCase() ?? "").replace(/['’](?:s|re|ll|d|ve|m)$/, "");
  const next = tokens[k + 1];
  return (
    SUBJECTS.has(w) && w !== "there" && !!next && !next.punct && next.text.toLowerCase() !== "that"
  );
}

/** Whether a token opens a clause: a subject pronoun, "there", a determiner or a name. */
function opensClause(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  const w = t.text.toLowerCase();
  return SUBJECTS.has(w) || DETERMINERS.has(w) || (t.cap && !/^(?:on|in|at)$/i.test(w));
}

/**
 * "said about half of the rise …", "said nearly 200 people …": "about" or "around" before a
 * number is an estimate that opens the content, not a circumstance of the saying.
 */
function approximates(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text.toLowerCase() ?? "";
  const n = tokens[k + 1]?.text.toLowerCase() ?? "";
  return /^(?:about|around|over)$/.test(w) && (/^\d/.test(n) || QUANTITIES.has(n));
}

const TOPICS = /^(?:about|of|against)$/;

// The words that count a span of time: "for several weeks", "for 20 years".
const SPAN_COUNTS = /^(?:a|the|several|many|some|few|\d+)$/;

const QUANTITIES: ReadonlySet<string> = new Set(
  words("half third quarter two three four five six seven eight nine ten dozen hundreds thousands"),
);

/**
 * "asked for a recount", "asked Trump about his remarks", "asked the court for quick action":
 * what was asked for or about, from the word after "for" or from "about"; null for other
 * shapes, which the listener reading takes.
 */
function askedFor(text: string, tokens: Token[], k: number): number | null {
  let at = k;
  const first = tokens[k]?.text.toLowerCase() ?? "";
  if (LISTENERS.has(first)) at = k + 1;
  else if (first !== "for" && first !== "about") {
    const np = readNounPhrase(text, tokens, k);
    at = np && np.kind !== "pronoun" ? tokenAt(tokens, np.end) : -1;
  }
  const w = tokens[at]?.text.toLowerCase() ?? "";
  if (at < 0 || !nextIsWord(tokens, at + 1)) return null;
  if (w === "about") return at;
  return w === "for" ? at + 1 : null;
}

/** "told AP they concluded …", "told reporters the plan …": the content follows the listener. */
function afterListener(text: string, tokens: Token[], k: number): number | null {
  const first = tokens[k] as Token;
  let after = k + 1;
  if (!LISTENERS.has(first.text.toLowerCase())) {
    const np = readNounPhrase(text, tokens, k);
    if (!np || np.kind === "pronoun") return null;
    after = tokenAt(tokens, np.end);
  }
  // "told the paper last week she would …": a time phrase after the listener, then the clause.
  const afterTime = pastTime(tokens, after);
  if (afterTime > after && opensClause(tokens[afterTime])) after = afterTime;
  const t = tokens[after];
  // The content is a clause: it opens with "that", a subject pronoun, a name or a determiner
  // ("told AP they concluded …"), not "told a caucus meeting being held …".
  const w = t?.text.toLowerCase() ?? "";
  // "asked the congregation to stand", "told him not to worry": what the listener was asked
  // or told to do, the listener with it.
  if (w === "to" || (w === "not" && tokens[after + 1]?.text === "to")) return k;
  // "told the Post he’s received …": a subject pronoun with its verb contracted onto it.
  const bare = w.replace(/['’](?:s|re|ll|d|ve|m)$/, "");
  if (!t || t.punct || !(t.cap || w === "that" || SUBJECTS.has(bare) || DETERMINERS.has(w)))
    return null;
  return w === "that" ? after + 1 : after;
}

const SUBORDINATORS =
  /^(?:while|although|though|when|whenever|if|as|because|since|after|before|who|whereas|until|unless)$/i;
const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there"]);

// Reported content runs at most this many tokens from its cue, which keeps long paragraphs linear.
const MAX_SENTENCE = 150;

function isStop(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  // "formed in Palm Beach Gardens, Fla., in 2012": a stop right before a comma is an
  // abbreviation's.
  if (tokens[k + 1]?.text === "," && t.text === ".") return false;
  return /^[.!?]$/.test(t.text) && !(k > 0 && takesStop(tokens[k - 1] as Token));
}

function sentenceEnd(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + MAX_SENTENCE; k++)
    if (isStop(tokens, k)) return k;
  return Math.min(tokens.length, from + MAX_SENTENCE);
}

function sentenceStart(tokens: Token[], from: number): number {
  for (let k = from; k >= 0 && k > from - MAX_SENTENCE; k--) if (isStop(tokens, k)) return k + 1;
  return Math.max(0, from - MAX_SENTENCE + 1);
}

/**
 * The end of a clause read forward: the sentence's end, or the next source ("…, according to U.S.
 * officials, who said …") or main verb a participle clause leads to ("X, noting Y, said, …").
 */
function clauseEnd(tokens: Token[], k: number, verb?: string): number {
  const end = sentenceEnd(tokens, k);
  for (let j = k; j < end; j++) {
    const after = tokens[j + 1]?.text ?? "";
    // "… to stay out of it; the party, meanwhile, …": a semicolon closes the reported clause.
    if (tokens[j]?.text === ";" && j > k) return j;
    if (tokens[j]?.text === "," && opensCommentary(tokens, k, j, end, verb)) return j;
    if (opensMedium(tokens, k, j, end)) return j;
    if (
      tokens[j]?.text === "," &&
      (CLAUSE_BREAK.test(after) || isMainCue(after) || isCueParticiple(after))
    ) {
      // "said the decision, which struck down the rules, was a blow", "said Trump, despite his
      // wealth, is …": a relative or concession right after the clause's subject is set off
      // inside the clause, which goes on past its closing comma.
      const close = j - k < MIN_WORDS && INSERTIONS.test(after) ? insertionEnd(tokens, j, end) : -1;
      if (close < 0) return j;
      j = close;
    }
    // "said she regretted her remarks and promised to stay out of it": a second verb of the
    // cue's subject ends the first one's clause.
    if (j > k + 2 && secondVerbAt(tokens, j, verb)) return j;
  }
  return end;
}

// Words that open a phrase set off inside a clause, right after its subject.
const INSERTIONS = /^(?:who|which|despite|although|though|while|whose)$/i;

/**
 * The closing comma of a phrase set off by the comma at `open`, when the clause goes on after it
 * with a verb ("…, which struck down the rules, was a blow"), or -1.
 */
function insertionEnd(tokens: Token[], open: number, end: number): number {
  for (let j = open + 2; j < end - 1; j++) {
    if (tokens[j]?.text !== ",") continue;
    const next = tokens[j + 1] as Token;
    return !next.punct &&
      !next.cap &&
      (AUXILIARIES.has(next.text.toLowerCase()) || /(?:ed|s)$/.test(next.text))
      ? j
      : -1;
  }
  return -1;
}

/**
 * Whether `tokens[j]` is an "and" that goes on with a second verb of the cue's subject: no comma
 * before it, and the verb in the cue verb's tense ("said … and promised"; not "analysts say
 * Russia … wants", whose subject is inside the content).
 */
function secondVerbAt(tokens: Token[], j: number, verb: string | undefined): boolean {
  const w = tokens[j + 1]?.text ?? "";
  return (
    verb !== undefined &&
    /^(?:and|but)$/i.test(tokens[j]?.text ?? "") &&
    tokens[j - 1]?.text !== "," &&
    isCueVerb(w) &&
    tense(w) === tense(verb)
  );
}

const PAST = /^(?:said|told|wrote|thought|felt|knew|made|gave|saw|found|spoke|sought)$/;

function tense(verb: string): "past" | "present" | "other" {
  const w = verb.toLowerCase();
  if (/ed$/.test(w) || PAST.test(w)) return "past";
  return /[^s]s$/.test(w) ? "present" : "other";
}

// After a comma these open the writer's own words, not more of the reported clause: a
// non-restrictive relative, a participle of the cue's subject, a comparison, a concession.
const CLAUSE_BREAK =
  /^(?:according|who|which|saying|adding|noting|compared|while|but|although|though|despite|whereas)$/i;

/**
 * "denied the accusations, dismissing him as …": after a comma, a participle of speech or stance
 * is a new attribution of the same subject, not more of the reported clause.
 */
function isCueParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /ing$/.test(w) && (REPORTING_VERBS.has(w) || STANCE_VERBS.has(w) || SAY_CONTENT_VERBS.has(w))
  );
}

/** A verb of speech or stance in the past or present tense ("promised", "urges"). */
function isCueVerb(word: string): boolean {
  const w = word.toLowerCase();
  return (REPORTING_VERBS.has(w) || STANCE_VERBS.has(w)) && /(?:ed|s)$/.test(w) && !/ss$/.test(w);
}

/** "CONTENT, X said." or "According to X, CONTENT." */
function contentAround(tokens: Token[], cue: ResolvedCue): Span | null {
  // "…, which critics have long disputed.": the source of an object relative disputes its
  // antecedent, not the sentence before it.
  const srcAt = tokenAt(tokens, cue.source.start);
  if (!cue.inverted && /^(?:which|that|whom)$/i.test(tokens[srcAt - 1]?.text ?? "")) return null;
  const start = openingOfAside(tokens, sentenceStart(tokens, cue.index - 1), cue.index);
  const end = sentenceEnd(tokens, cue.index);
  const srcStart = tokenAt(tokens, cue.source.start);
  const limit = Math.min(cue.index, srcStart < 0 ? cue.index : srcStart);
  // "According to a Reuters/Ipsos poll, …", "according to a study by … based on census data,":
  // the source phrase runs on to its comma.
  let comma = tokenAt(tokens, cue.source.end);
  const srcEnd = comma;
  if (cue.verb === "according to")
    while (comma >= 0 && comma < end && comma < srcEnd + 16 && tokens[comma]?.text !== ",") comma++;
  const after = comma >= 0 && tokens[comma]?.text === "," && comma < end - 1 ? comma + 1 : -1;
  // "In addition, according to the department, nearly nine million …": the longer piece.
  const before = limit - start;
  const longer = cue.verb !== "according to" || after < 0 || before >= end - after;
  if (start < limit - 2 && longer) return span(tokens, start, lastWord(tokens, start, limit));
  return after >= 0 ? span(tokens, after, end - 1) : null;
}

/**
 * "Iowa (93 percent were white, according to exit polls) backed him": a source inside a
 * parenthesis reports from the parenthesis's opening, not from its sentence's start.
 */
function openingOfAside(tokens: Token[], start: number, cue: number): number {
  for (let k = cue - 1; k >= start; k--) {
    const w = (tokens[k] as Token).text;
    if (w === ")") return start;
    if (w === "(") return k + 1;
  }
  return start;
}

/**
 * "Survival, Mr. VandeHei says, depends on …": a source set off inside its own content. The
 * content is the longer of the two pieces (a quote is one span of the text).
 */
function aside(tokens: Token[], cue: ResolvedCue): Span | null {
  const srcStart = tokenAt(tokens, cue.source.start);
  if (srcStart < 1 || tokens[srcStart - 1]?.text !== ",") {
    // "She said, if elected, she would ask …": a source opening its sentence; the content runs
    // from the verb's comma (not a participle of the speaker: "said, adding …").
    const first = tokens[cue.index + 2];
    if (!first || first.punct || /ing$/i.test(first.text)) return null;
    // "As Crane said, the two …", "As Paul Ryan has pointed out, …": "as" opening the
    // sentence sets the source off from its content.
    const opener = /^as$/i.test(tokens[srcStart - 1]?.text ?? "") ? srcStart - 1 : srcStart;
    if (sentenceStart(tokens, opener) !== opener) return null;
    return span(tokens, cue.index + 2, sentenceEnd(tokens, cue.index + 2) - 1);
  }
  const start = sentenceStart(tokens, srcStart - 1);
  const end = clauseEnd(tokens, cue.index + 2);
  const before = srcStart - 1 - start;
  const after = end - (cue.index + 2);
  // "Sales were great, he said, wiping sweat off his face.": a participle after the source's
  // comma is what the speaker did, so the words before the source were said.
  const did = /ing$/i.test(tokens[cue.index + 2]?.text ?? "") && before >= MIN_WORDS;
  // "the permit, his campaign said, had been hard to get": the words after the source go on
  // with a verb (or "that", "to", "of") the words before it lack; one clause, split around its
  // source, from where its subject opens.
  const goesOn = /^(?:now|also|still|already|never|\p{L}+ly)$/iu.test(
    tokens[cue.index + 2]?.text ?? "",
  )
    ? cue.index + 3
    : cue.index + 2;
  if (!did && continuesClause(tokens[goesOn])) {
    const from = clauseOpening(tokens, start, srcStart - 1);
    if (from < srcStart - 1) return span(tokens, from, end - 1);
  }
  if (after >= before && !did) return span(tokens, cue.index + 2, end - 1);
  return span(tokens, start, lastWord(tokens, start, srcStart - 1));
}

/** Whether a word after a source set off by commas goes on with the clause before it. */
function continuesClause(t: Token | undefined): boolean {
  if (!t || t.punct || t.cap) return false;
  const w = t.text.toLowerCase();
  return AUXILIARIES.has(w) || /^(?:that|to|of)$/.test(w) || (/ed$/.test(w) && w.length > 4);
}

/**
 * Where the clause that ends at `limit` (a source's comma) opens: after the last comma, dash,
 * semicolon or "and"/"but" before it, or at `start`.
 */
function clauseOpening(tokens: Token[], start: number, limit: number): number {
  for (let k = limit - 1; k > start; k--) {
    const w = (tokens[k] as Token).text;
    if (/^(?:[,;:]|—|–|--|-|and|but)$/.test(w)) return k + 1;
  }
  return start;
}

/** The last token before `limit` that is not punctuation. */
function lastWord(tokens: Token[], start: number, limit: number): number {
  let k = limit - 1;
  while (k > start && (tokens[k] as Token).punct) k--;
  return k;
}

function isMainCue(word: string): boolean {
  return CORE_SAY_VERBS.has(word) && word !== "asked" && word !== "asks";
}

function span(tokens: Token[], a: number, b: number): Span | null {
  const first = tokens[a];
  const last = tokens[b];
  if (!first || !last || b < a) return null;
  return { start: first.start, end: last.end };
}

function nextIsWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && !t.punct;
}

/** "called on Sanders and Trump to do the same": from the listener, when a "to" follows it. */
function calledOn(tokens: Token[], k: number): number | null {
  const stop = sentenceEnd(tokens, k);
  for (let j = k + 1; j < Math.min(stop, k + 8); j++) {
    const w = tokens[j]?.text ?? "";
    if (w === "to") return k;
    if (tokens[j]?.punct) return null;
  }
  return null;
}
