import { isNameWord, isRoleNoun } from "../entities/name-words.js";
import { isFinderNoun } from "../lexicon/finder-nouns.js";
import { readNounPhrase } from "../entities/read-noun-phrase.js";
import { looseSubjectBefore, subjectEndBefore } from "../entities/loose-subject.js";
import {
  clauseSubject,
  phraseEndingAt,
  readSourceBefore,
  withApposition,
} from "../entities/read-source.js";
import { describedSource } from "../entities/source-mention.js";
import type { SourceMention } from "../entities/source-mention.js";
import { titledName } from "../entities/titled-name.js";
import { placeFollows, stateAlone } from "../entities/person-of-place.js";
import type { Token } from "../text/tokenize.js";
import {
  BE_FORMS,
  CLAUSE_SUBJECTS,
  DETERMINERS,
  NEGATIONS,
  PLURAL_QUANTIFIERS,
  WH_WORDS,
} from "../lexicon/function-words.js";
import { PLAIN_SAY_FORMS, REPORTING_VERBS, WEAK_VERBS } from "../lexicon/reporting-verbs.js";
import { STANCE_ONLY_VERBS } from "./stance-cues.js";
import { tokenAt } from "../text/token-at.js";
import type { Cue } from "./cue.js";
import { finderHead, finderPlural } from "./finder-head.js";
import { finderBeforeParticiple } from "./finder-participle.js";
import { pollObject } from "./poll-object.js";
import { nounCueHolder } from "./noun-cue-holder.js";
import { joinParticiples, namesQuoted, particleIntroduces, sourceQuoted } from "./misread-cues.js";

export type { Cue } from "./cue.js";

const TELLS =
  /^(?:told|tells|tell|telling|informed|informs|assured|assures|reminded|reminds|notified)$/;
const CLOSING = /^(?:[”"]|'')$/;

/**
 * Finds every cue in a paragraph's tokens, skipping tokens inside quotation marks. `verbs` are
 * the verbs of speech by default; a caller may pass other verbs with a subject (stance verbs).
 */
export function findCues(
  text: string,
  tokens: Token[],
  quoted: (pos: number) => boolean,
  closesAt: (pos: number) => boolean,
  verbs: ReadonlySet<string> = REPORTING_VERBS,
): Cue[] {
  const speech = verbs === REPORTING_VERBS;
  const cues: Cue[] = [];
  let titleCase: boolean | undefined;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.punct || quoted(t.start)) continue;
    const lower = t.text.toLowerCase();
    if (speech && lower === "according" && tokens[v + 1]?.text.toLowerCase() === "to") {
      const src =
        pollObject(text, tokens, v + 2) ??
        readNounPhrase(text, tokens, v + 2) ??
        looseObject(text, tokens, v + 2);
      if (src)
        cues.push(
          cue(
            "according to",
            v,
            t.start,
            (tokens[v + 1] as Token).end,
            withApposition(text, tokens, src),
            true,
          ),
        );
      continue;
    }
    // A capitalised verb is a name's word ("Said Hamid"), except in a headline set in title
    // case ("Glenn Beck Says Trump … Pose A Threat").
    const headline = t.cap && v > 0 && HEADLINE_VERBS.test(t.text);
    if (!verbs.has(lower) || (t.cap && v > 0 && !(headline && (titleCase ??= isTitleCase(tokens)))))
      continue;
    // After a determiner the word is a noun: "the reports", "his remarks", "a post".
    const before = tokens[v - 1]?.text.toLowerCase() ?? "";
    if (DETERMINERS.has(before) || /\p{L}['’]s?$/u.test(before)) continue;
    // "a few tweets", "many reports": a third-person verb never follows a plural quantity.
    if (PLURAL_QUANTIFIERS.has(before) && /[^s]s$/.test(lower)) continue;
    // "Internal emails show …", "new reports suggest …": a plural form right before another
    // verb of speech or finding is that verb's subject, a noun (with the plural read as a loose
    // subject, measured on PolNeAR train: reported R 0.4647→0.4653, P 0.8581→0.8582).
    if (/[^s]s$/.test(lower) && !PLAIN_SAY_FORMS.has(lower) && verbFollows(tokens, v)) continue;
    // "A new Pentagon report said …": a base form right before "said" is that verb's subject.
    if (!/(?:ed|s)$/.test(lower) && PLAIN_SAY_FORMS.has(tokens[v + 1]?.text ?? "")) continue;
    // "deficits would add up to", "the efforts added up to": no one spoke.
    if (/^add/.test(lower) && tokens[v + 1]?.text.toLowerCase() === "up") continue;
    // "is expected to …": a passive stance has no one holding it.
    // "Ahmadinejad, suspected by Western powers of …": a participle after a comma or before
    // "by" is passive too.
    // "is widely expected": an adverb between the auxiliary and the participle changes nothing.
    const aux = /ly$/.test(before) ? (tokens[v - 2]?.text.toLowerCase() ?? "") : before;
    const passive =
      BE_FORMS.has(aux) ||
      (before === "," && reducedPassive(tokens, v)) ||
      tokens[v + 1]?.text === "by";
    if (!speech && passive && /(?:ed|t|wn)$/.test(lower)) continue;
    const holder = nounCueHolder(tokens, v);
    const found =
      (holder === null ? null : sourceFor(text, tokens, holder, closesAt)) ??
      sourceFor(text, tokens, v, closesAt);
    // A headline's speaker is named: "Glenn Beck Says …", not "Resoundingly Reject …".
    if (
      headline &&
      (found?.source.kind !== "name" ||
        found.inverted ||
        found.source.name.split(/\s+/).some((w) => verbs.has(w.toLowerCase())))
    )
      continue;
    // "Analysts say Russia …, and wants …": a verb in the third person singular is not said by
    // a plural subject; the subject read was the wrong one.
    // ("A recent survey of Republican insiders shows": a finder's own head decides.)
    const plural = found && (finderPlural(found.source.name) ?? found.source.plural);
    if (plural && found.source.kind !== "pronoun" && /[^s]s$/.test(lower)) continue;
    if (speech && found && bareAfterSingular(tokens, v, found.source, verbs)) continue;
    // "differences on U.S. plans to …": a stance verb right after a preposition's object is a noun.
    // ("The survey by the institute showed": a subject read whole from its head is no object.)
    const whole = found && found.source.kind === "description" && modifiedBefore(tokens, found);
    // ("in the wake of a new poll showing …": a finder's participle reports as an object too.)
    const finding = found !== null && finderBeforeParticiple(text, tokens, v) !== null;
    if (!speech && !whole && !finding && objectBefore(text, tokens, v)) continue;
    // "found itself", "showed up", "has shown remarkable stamina": a verb of finding reports
    // only a clause ("found that …") or what a poll, a study or a count shows.
    if (!speech && FINDING.test(lower) && !findsClause(tokens, v, found?.source)) continue;
    // "“We will never give up,” as the crowd cheered.": a reaction the quote was met with.
    // "The crowd cheered. “…”": a reaction that ends its sentence introduces no one's words.
    if (
      found &&
      !found.inverted &&
      CHEERS.test(lower) &&
      (reactionBefore(tokens, found.source) ||
        (/^[.!]$/.test(tokens[v + 1]?.text ?? "") && opensSentence(tokens, found.source)))
    )
      continue;
    // "Defending that terrain is …, said": a sentence-opening participle is no name (but
    // "Ebeling said": only an auxiliary's participle stands right before the verb, "Having
    // said that", where a surname may).
    // ("Mr. Sperling, 38, said": a title before it makes the word a surname.)
    if (
      found?.source.kind === "name" &&
      found.source.nameStart === found.source.start &&
      /^\p{Lu}\p{Ll}+ing$/u.test(found.source.name) &&
      (tokens[v - 1]?.end !== found.source.end || /^(?:having|being)$/i.test(found.source.name))
    )
      continue;
    if (found && sourceQuoted(found.source, found.inverted, quoted)) continue;
    if (
      found &&
      (!speech ||
        !WEAK_VERBS.has(lower) ||
        introducesQuote(tokens, v, found.source, closesAt) ||
        names(tokens, v, found.source) ||
        namesQuoted(tokens, v, quoted) ||
        particleIntroduces(tokens, v))
    ) {
      cues.push(cue(t.text, v, t.start, t.end, found.source, found.inverted));
    }
  }
  return speech ? joinParticiples(tokens, cues) : cues;
}

function sourceFor(
  text: string,
  tokens: Token[],
  v: number,
  closesAt: (pos: number) => boolean,
): { source: SourceMention; inverted: boolean } | null {
  const lower = (tokens[v] as Token).text.toLowerCase();
  const prev = tokens[v - 1];
  const isClose = (t: Token | undefined): boolean =>
    !!t && (CLOSING.test(t.text) || closesAt(t.end));
  const afterQuote =
    prev && (isClose(prev) || (/^[,‐‒–—―-]$/.test(prev.text) && isClose(tokens[v - 2])));
  // "…,'' Michael McFaul, a senior fellow …, said of RT.": a preposition after the verb opens
  // what was spoken of, never who spoke.
  const spokenOf = PREPOSITION.test(tokens[v + 1]?.text ?? "");
  // "“…,” telling Fox 35 that …": a participle is never followed by its subject (the listener).
  if (afterQuote && !WEAK_VERBS.has(lower) && !spokenOf && !/ing$/.test(lower)) {
    const after = readNounPhrase(text, tokens, v + 1) ?? looseName(text, tokens, v + 1);
    if (after) return { source: invertedSource(text, tokens, after), inverted: true };
  }
  // "Federal mandates are a burden, said Kevin Wilcox, an Orlando Republican.": after a comma,
  // a source that ends its clause is inverted even with no quotation marks.
  // Not after "told", "informed": "Dick Dever, who …, told POLITICO, “…”" names the listener.
  if (prev?.text === "," && !WEAK_VERBS.has(lower) && !TELLS.test(lower) && !spokenOf) {
    const after = readNounPhrase(text, tokens, v + 1) ?? looseName(text, tokens, v + 1);
    const next = after ? tokens[tokenAt(tokens, after.end)] : undefined;
    if (after && after.kind !== "pronoun" && (!next || /^[.,;!?]$/.test(next.text)))
      return { source: invertedSource(text, tokens, after), inverted: true };
    const named = nameEndingPhrase(text, tokens, v + 1);
    if (named) return { source: invertedSource(text, tokens, named), inverted: true };
  }
  // "Trump continued to question …", "voters were more likely to say …": the subject of the
  // verb or adjective the infinitive or gerund depends on.
  const head = chainHead(tokens, v) ?? v;
  // "Rice did not expect", "she never said": the subject stands before the negation.
  let subjectEnd = head;
  while (subjectEnd > 0 && isNegation(tokens[subjectEnd - 1] as Token)) subjectEnd--;
  const finder = finderBeforeParticiple(text, tokens, v);
  if (finder) return { source: finder, inverted: false };
  const absolute = /ing$/.test(lower) ? withSubject(text, tokens, subjectEnd - 1) : null;
  if (absolute) return { source: absolute, inverted: false };
  const relative = antecedentBeforeRelative(text, tokens, subjectEnd);
  if (relative) return { source: relative, inverted: false };
  const before = readSourceBefore(text, tokens, subjectEnd);
  if (before && !modifiedHead(tokens, before, subjectEnd) && !stateAlone(before)) {
    return { source: withApposition(text, tokens, before), inverted: false };
  }
  // "County records from the 2019 cycle show", "A report from the state auditor found": the
  // phrase before the verb is a modifier's object; the whole subject, read from its head, speaks.
  // ("footage of Hillary Clinton asking …": a participle's own subject is the name before it.)
  const named =
    before?.kind === "name" && (/ing$/.test(lower) || placeFollows(text, tokens, before, head));
  const modified =
    before && !named ? looseSubjectBefore(text, tokens, subjectEndBefore(tokens, head)) : null;
  if (before) return { source: modified ?? withApposition(text, tokens, before), inverted: false };
  // "Clinton on Tuesday said", "voters who said": past a time phrase, or a relative's antecedent.
  const end = subjectEndBefore(tokens, head);
  if (tokens[end]?.text.toLowerCase() === "who") {
    const antecedent =
      phraseEndingAt(text, tokens, end - 1) ?? looseSubjectBefore(text, tokens, end - 1, true);
    return antecedent ? { source: antecedent, inverted: false } : null;
  }
  const past = end < subjectEnd - 1 ? readSourceBefore(text, tokens, end + 1) : null;
  if (past) return { source: withApposition(text, tokens, past), inverted: false };
  // "Twenty-four percent said", "Romney's associates said": a subject that names no one.
  const loose = looseSubjectBefore(text, tokens, end);
  if (loose) return { source: loose, inverted: false };
  const doer = REPORTING_VERBS.has(lower) ? participleSubject(text, tokens, v) : null;
  return doer ? { source: doer, inverted: false } : null;
}

/**
 * Whether the word after `v` is a verb of speech, stance or finding that reports on its own
 * ("Initial estimates put the total at …" keeps its cue: "put" is weak).
 */
const INTRODUCING =
  /^(?:for|in|on|at|after|before|during|since|among|despite|by|with|like|unlike)$/i;

function verbFollows(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1]?.text.toLowerCase() ?? "";
  if (WEAK_VERBS.has(next)) return false;
  return REPORTING_VERBS.has(next) || STANCE_ONLY_VERBS.has(next);
}

/**
 * "Residents who live near the plant say …", "Most of the voters who backed him said …": a
 * subject that opens its clause, then a relative clause (no comma, no subject pronoun of its
 * own) that runs up to the verb at `v`; the relative's antecedent speaks, not the last phrase
 * of the relative. The antecedent, or null (measured on PolNeAR train: 8 new reports, 7 in
 * gold; 3 speakers changed, none broken).
 */
// "The officials whose laws were struck down say": "whose" opens a relative as "who" does.
const RELATIVE = /^(?:who|whose|that)$/;
const AUX_AFTER_THAT = /^(?:have|has|had|are|were|was|is|will|would|can|could)$/;

function antecedentBeforeRelative(text: string, tokens: Token[], v: number): SourceMention | null {
  let k = v - 1;
  for (; k > 0 && k > v - 12; k--) {
    const t = tokens[k] as Token;
    const w = t.text.toLowerCase();
    // ("A mayor who won in May and who hoped …": a second relative, the verb its own.)
    if (t.punct || CLAUSE_SUBJECTS.has(w) || /^(?:and|or|but)$/.test(w)) return null;
    if (RELATIVE.test(t.text)) break;
  }
  if (k < 1 || !RELATIVE.test(tokens[k]?.text ?? "") || tokens[k - 1]?.punct) return null;
  // "organizations that have endorsed him say": a "that" whose clause has no subject of its own.
  if (tokens[k]?.text === "that" && !AUX_AFTER_THAT.test(tokens[k + 1]?.text ?? "")) return null;
  // "women who have accused …": the relative's own verb, read by the relative reader.
  if (subjectEndBefore(tokens, v) <= k) return null;
  const np = looseSubjectBefore(text, tokens, k - 1) ?? phraseEndingAt(text, tokens, k - 1);
  if (!np || np.kind === "pronoun") return null;
  // "Ward, a Republican who served …, said": an apposition is read with its name elsewhere.
  const at = tokenAt(tokens, np.start);
  const opener = tokens[at - 1];
  if (opener?.text === ",") return introductionBefore(tokens, at - 1) ? np : null;
  return !opener || /^(?:[.!?;:]|but)$/i.test(opener.text) ? np : null;
}

/**
 * "For starters, the …", "In Iowa, …", "Still, …": whether the words before the comma at `c`
 * open their sentence with a preposition or are one adverb, an introduction, not a name the
 * phrase after the comma describes (measured on PolNeAR train: 1 new report, in gold).
 */
function introductionBefore(tokens: Token[], c: number): boolean {
  let s = c - 1;
  while (s >= 0 && !/^[.!?;:]$/.test(tokens[s]?.text ?? "")) s--;
  const first = tokens[s + 1]?.text ?? "";
  if (c - s - 1 === 1)
    return /ly$|^(?:still|yet|however|meanwhile|instead|now|today)$/i.test(first);
  return c - s - 1 > 1 && INTRODUCING.test(first);
}

/**
 * "declined to comment, saying …", "won the race by saying …", "After suggesting …, Rubio
 * …": a participle set off by a comma, or after a preposition of manner or time, is spoken by
 * the subject of the clause it hangs from (its own subject read nowhere else).
 */
function participleSubject(text: string, tokens: Token[], v: number): SourceMention | null {
  if (!/ing$/i.test(tokens[v]?.text ?? "") || !opensReport(tokens, v + 1)) return null;
  const prev = tokens[v - 1]?.text.toLowerCase() ?? "";
  if (prev === ",") return clauseSubject(text, tokens, v - 1);
  if (!GERUND_PREPOSITIONS.test(prev)) return null;
  const opener = v - 1;
  if (opener > 0 && !/^[.!?]$/.test(tokens[opener - 1]?.text ?? "")) {
    return clauseSubject(text, tokens, opener);
  }
  // "After saying he was nervous, the man asked …": the subject follows the opening phrase.
  for (let k = v + 1; k < tokens.length && k < v + 30; k++) {
    const t = tokens[k] as Token;
    if (/^[.!?;:]$/.test(t.text)) return null;
    if (t.text === ",") {
      const np = readNounPhrase(text, tokens, k + 1);
      return np ? withApposition(text, tokens, np) : null;
    }
  }
  return null;
}

/**
 * Whether the words at `k` open what a gerund of speech reports: a clause ("that …", "why …",
 * "he was …", "Obama's plan …"), a listener told something ("telling voters that …"), or a topic
 * ("talking about …", "calling for …"); not a bare object ("announcing her run", "declaring
 * victory"), which is no report of words.
 */
function opensReport(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.punct) return false;
  const w = t.text.toLowerCase().replace(/['’](?:s|re|ll|d|ve|m)$/, "");
  if (w === "that" || WH_WORDS.has(w) || CLAUSE_SUBJECTS.has(w) || REPORT_TOPICS.test(w))
    return true;
  if (t.cap) return true;
  // "reminding voters that …", "telling the crowd he …": a listener, then the clause.
  for (let j = k + 1; j < k + 5; j++) {
    const next = tokens[j];
    if (!next || next.punct) return false;
    const n = next.text.toLowerCase();
    if (n === "that" || CLAUSE_SUBJECTS.has(n)) return true;
  }
  return false;
}

// "talking about …", "calling for …", "speaking of …", "reporting on …": what was spoken of.
const REPORT_TOPICS = /^(?:about|for|of|on)$/;

// Prepositions whose gerund shares the clause's subject ("by saying", "after announcing"); not
// "for" ("criticized him for saying": its object spoke).
const GERUND_PREPOSITIONS = /^(?:by|after|before|while|since|in|when|upon)$/;

/**
 * "…, said lobbyist and GOP strategist Charlie Black, …": role words the phrase reader does not
 * join ("and", a second title) before a name that ends the words up to the next comma or stop.
 * That name, or null (measured on PolNeAR train: 1 new report, in gold; no speaker changed).
 */
function nameEndingPhrase(text: string, tokens: Token[], k: number): SourceMention | null {
  let end = k;
  while (end < tokens.length && end < k + 10 && !(tokens[end] as Token).punct) end++;
  if (end >= k + 10 || !/^[.,;!?]$/.test(tokens[end]?.text ?? "")) return null;
  if (!isRoleNoun(tokens[k]?.text.toLowerCase() ?? "")) return null;
  for (let j = k + 1; j < end; j++) {
    const np = readNounPhrase(text, tokens, j);
    if (np && np.kind === "name" && tokenAt(tokens, np.end) === end) return np;
    // Only role words, titles and "and" stand before the name.
    const w = (tokens[j] as Token).text;
    if (!(tokens[j] as Token).cap && w !== "and" && !isRoleNoun(w.toLowerCase())) return null;
  }
  return null;
}

/**
 * "…, with 30 percent of voters saying they …", "with some polls indicating …": after "with"
 * the phrase before a participle is the participle's own subject, not the clause's. The phrase
 * ending at `tokens[j]`, or null when no "with" opens it.
 */
function withSubject(text: string, tokens: Token[], j: number): SourceMention | null {
  let w = j;
  while (
    w > 0 &&
    w > j - 10 &&
    !(tokens[w] as Token).punct &&
    !/^with$/i.test(tokens[w]?.text ?? "")
  )
    w--;
  if (w === j || !/^with$/i.test(tokens[w]?.text ?? "")) return null;
  const np = readNounPhrase(text, tokens, w + 1, j - w);
  // Only a name or a group ("with a March speech denouncing" is the speech's own).
  const group = (m: SourceMention): boolean => m.kind !== "description" || m.plural;
  if (np && np.end === (tokens[j] as Token).end && np.kind !== "pronoun" && group(np)) return np;
  const loose = looseSubjectBefore(text, tokens, j, true);
  return loose && loose.start === (tokens[w + 1] as Token).start && group(loose) ? loose : null;
}

const CHAIN_VERBS =
  /^(?:continue[sd]?|began|begins?|start(?:s|ed)?|tr(?:y|ies|ied)|seem(?:s|ed)?|appear(?:s|ed)?|moved?|moves|hesitated?|rushed|rushes)$/i;
const CHAIN_ADJECTIVES =
  /^(?:likely|unlikely|quick|eager|poised|ready|able|unable|willing|reluctant|careful|keen|prepared)$/i;
const GERUND_HEADS = /^(?:began|begins?|start(?:s|ed)?|continue[sd]?|kept|keeps)$/i;
const DEGREE = /^(?:more|less|most|least|all|very|so|too|also|not|quite|particularly)$/i;

/**
 * The verb or adjective an infinitive or gerund of speech depends on ("continued to question",
 * "went on to say", "were more likely to say", "began dismissing"), degree words stepped over,
 * or null when the verb stands on its own.
 */
function chainHead(tokens: Token[], v: number): number | null {
  let h: number;
  if (/ing$/i.test(tokens[v]?.text ?? "") && GERUND_HEADS.test(tokens[v - 1]?.text ?? ""))
    h = v - 1;
  else if (tokens[v - 1]?.text.toLowerCase() === "to") {
    h = v - 2;
    // "went on to say"
    if (tokens[h]?.text === "on" && /^(?:went|goes|go|going)$/i.test(tokens[h - 1]?.text ?? ""))
      h--;
    else {
      const w = tokens[h]?.text ?? "";
      if (!CHAIN_VERBS.test(w) && !CHAIN_ADJECTIVES.test(w)) return null;
    }
  } else return null;
  while (
    h > 0 &&
    DEGREE.test(tokens[h - 1]?.text ?? "") &&
    CHAIN_ADJECTIVES.test(tokens[h]?.text ?? "")
  )
    h--;
  return h;
}

// After these a participle set off by a comma is passive ("Ahmadinejad, suspected of …").
const PASSIVE_NEXT = /^(?:by|of|in|as|for|with|at|on|from|over|under|to)$/i;
// Verbs whose infinitive object makes them active even after a comma ("X, 61, declined to …").
const ACTIVE_BEFORE_TO =
  /^(?:declined|refused|vowed|pledged|promised|threatened|hoped|wanted|intended|urged|sought)$/i;

/**
 * "Ahmadinejad, suspected by Western powers of …": after a comma, a participle followed by a
 * preposition is a reduced passive; one followed by its object ("Keith Hutto, a contractor,
 * blamed George W. Bush …") is the verb of the subject the apposition describes.
 */
function reducedPassive(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1]?.text ?? "";
  if (!PASSIVE_NEXT.test(next)) return false;
  return !(next.toLowerCase() === "to" && ACTIVE_BEFORE_TO.test(tokens[v]?.text ?? ""));
}

/** "said EEF's chief economist, Ann Ferris": the name after a title speaks; else the phrase read. */
function invertedSource(text: string, tokens: Token[], np: SourceMention): SourceMention {
  return titledName(text, tokens, np) ?? withApposition(text, tokens, np);
}

/**
 * "The Demos report, entitled …", "In their November report, …": a verb's bare form right after
 * a singular phrase does not agree with it, and with no clause after it the word is a noun.
 */
function bareAfterSingular(
  tokens: Token[],
  v: number,
  source: SourceMention,
  verbs: ReadonlySet<string>,
): boolean {
  const lower = (tokens[v] as Token).text.toLowerCase();
  if (source.kind === "pronoun" || source.kind === "one" || source.plural) return false;
  // Only a verb with a regular past: "the article read", "the fund forecast" are past tenses.
  const past = `${lower.replace(/e$/, "")}ed`;
  if (/s$/.test(lower) || !verbs.has(`${lower}s`) || !verbs.has(past)) return false;
  // "a Times report that …" still reports (the noun is a cue); "The Demos report, entitled …"
  // has no clause after it.
  return tokens[v - 1]?.end === source.end && /^[,.]$/.test(tokens[v + 1]?.text ?? ".");
}

/** A headline in title case: short, most of its words capitalised. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.punct && /^\p{L}/u.test(t.text));
  if (words.length < 4 || words.length > 30) return false;
  return words.filter((t) => t.cap).length >= 0.7 * words.length;
}

// Verbs a title-case headline reports with (measured on PolNeAR train; "Denies", "Defends",
// "Named" and "Lead" head no annotated report there).
const HEADLINE_VERBS =
  /^(?:Says|Said|Tells|Told|Warns|Claims|Admits|Urges|Vows|Slams|Blasts|Insists|Reveals|Predicts|Thinks|Wants|Explains|Argues|Accuses|Threatens|Promises|Praises|Hints|Announces|Confirms|Suggests)$/;

const CHEERS =
  /^(?:cheered|cheers|cheering|applauded|applauds|applauding|roared|booed|laughed|clapped)$/;

/** Whether the source of a cue opens a clause of time ("as the crowd cheered", "while …"). */
function reactionBefore(tokens: Token[], source: SourceMention): boolean {
  const at = tokenAt(tokens, source.start);
  return /^(?:as|while|when|and)$/i.test(tokens[at - 1]?.text ?? "");
}

function opensSentence(tokens: Token[], source: SourceMention): boolean {
  const at = tokenAt(tokens, source.start);
  return at === 0 || /^[.!?]$/.test(tokens[at - 1]?.text ?? "");
}

const FINDING = /^(?:find|finds|found|finding|show|shows|showed|shown|showing)$/;

/** Whether a source was read whole over a modifier ("records from the 2019 cycle"). */
function modifiedBefore(tokens: Token[], found: { source: SourceMention }): boolean {
  const from = tokenAt(tokens, found.source.start);
  const to = tokenAt(tokens, found.source.end);
  return tokens.slice(from + 1, to).some((t) => MODIFIERS.test(t.text));
}

/** Whether a phrase read before a verb is the object of "of", "from", "by" or "for", or their head. */
function modifiedHead(tokens: Token[], np: SourceMention, v: number): boolean {
  const at = tokenAt(tokens, np.start);
  const object =
    at > 1 && MODIFIERS.test(tokens[at - 1]?.text ?? "") && !(tokens[at - 2] as Token).punct;
  // "County records from …": a phrase that stops short of the verb before a modifier.
  const from = tokenAt(tokens, np.end);
  const m = tokens.slice(from, v).findIndex((t) => MODIFIERS.test(t.text));
  // ("A spokesman for Ellen Ward declined": the spokesman is read as the source already.)
  const head = m >= 0 ? tokens[from + m - 1] : tokens[at - 2];
  const spokesperson = SPOKESPEOPLE.test(head?.text ?? "");
  return (object || m >= 0) && !spokesperson;
}

const MODIFIERS =
  /^(?:of|from|by|for|in|taken|conducted|released|published|commissioned|compiled)$/i;

function findsClause(tokens: Token[], v: number, source: SourceMention | undefined): boolean {
  if (tokens[v + 1]?.text.toLowerCase() === "that") return true;
  if (!source || source.kind === "pronoun") return false;
  const next = tokens[v + 1]?.text.toLowerCase() ?? "";
  // "The survey by the Harbor Institute showed": the finder is the head, before its modifier.
  return (
    isFinderNoun(finderHead(source.name)) &&
    !/^(?:up|off|itself|themselves|himself|herself)$/.test(next)
  );
}

const PREPOSITION = /^(?:on|of|for|in|to|with|about|against|from|by|at|over|into|under)$/i;

function objectBefore(text: string, tokens: Token[], v: number): boolean {
  const np = phraseEndingAt(text, tokens, v - 1);
  const at = np ? tokenAt(tokens, np.start) - 1 : -1;
  if (!np || !PREPOSITION.test(tokens[at]?.text ?? "")) return false;
  // "A spokesman for Mr. Clinton declined …", "an aide to the senator refused …": the object of
  // "for" or "to" after a spokesperson or an aide is part of the subject.
  return !(
    /^(?:for|to)$/i.test(tokens[at]?.text ?? "") && SPOKESPEOPLE.test(tokens[at - 1]?.text ?? "")
  );
}

const SPOKESPEOPLE =
  /^(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|aide|aides|lawyer|lawyers|attorney|attorneys|adviser|advisers|advisor|advisors|official|officials)$/i;

const OBJECT_PRONOUNS: Record<string, ["he" | "she" | "they", "m" | "f" | null]> = {
  him: ["he", "m"],
  her: ["she", "f"],
  them: ["they", null],
};

/**
 * "according to exit polls", "according to people familiar with the plans", "according to
 * him": the phrase after the preposition up to its comma or stop, read whole when the name and
 * description readers leave it.
 */
function looseObject(text: string, tokens: Token[], i: number): SourceMention | null {
  const first = tokens[i];
  if (!first || first.punct) return null;
  const pronoun = OBJECT_PRONOUNS[first.text.toLowerCase()];
  if (pronoun) {
    const [name, gender] = pronoun;
    const plural = name === "they";
    return {
      kind: "pronoun",
      start: first.start,
      end: first.end,
      name,
      role: null,
      gender,
      plural,
      nameStart: first.start,
    };
  }
  let k = i;
  while (k < tokens.length && k < i + 14 && !/^[,.;:!?()“”"—–]$/.test(tokens[k]?.text ?? ".")) k++;
  const last = tokens[k - 1];
  if (!last || k === i || k === i + 14) return null;
  return describedSource(text, first.start, last.end, /s$/i.test(last.text));
}

function isNegation(t: Token): boolean {
  const w = t.text.toLowerCase().replace(/’/g, "'");
  return NEGATIONS.has(w) || (w.endsWith("n't") && w.length > 3);
}

/** "Lavrov called Washington’s stance unhelpful": a named person calling something a name (not "called for"). */
function names(tokens: Token[], v: number, source: SourceMention): boolean {
  const verb = (tokens[v] as Token).text.toLowerCase();
  const next = tokens[v + 1];
  return (
    /^call(?:s|ed|ing)?$/.test(verb) &&
    source.kind === "name" &&
    !!next &&
    !next.punct &&
    !/^(?:for|on|off|up|in|out|back|into|upon|it)$/i.test(next.text)
  );
}

/** "said master of ceremonies Asab Al-Tabchi": a name after a few lower-case title words. */
function looseName(text: string, tokens: Token[], i: number): SourceMention | null {
  for (let k = i; k < i + 5; k++) {
    const t = tokens[k];
    // "said 9/11 widow Terry Strada": a date or number may be part of the title.
    if (t?.text === "/" && k > i) continue;
    if (
      !t ||
      t.punct ||
      /^(?:in|at|on|that|who|which|to|for|with|from|after|before|during)$/.test(t.text)
    )
      return null;
    if (!isNameWord(t)) continue;
    const np = readNounPhrase(text, tokens, k);
    const first = tokens[i] as Token;
    if (np?.kind !== "name") return null;
    const before = tokens[k - 1] as Token;
    return { ...np, start: first.start, role: np.role ?? text.slice(first.start, before.end) };
  }
  return null;
}

/** Weak verbs ("continued", "went on") report speech only right next to a quote. */
function introducesQuote(
  tokens: Token[],
  v: number,
  source: SourceMention,
  closesAt: (pos: number) => boolean,
): boolean {
  if (/^(?:[,:“"]|'')$/.test(tokens[v + 1]?.text ?? "")) return true;
  // "As Dana Milbank puts it, “…”"
  if (tokens[v + 1]?.text === "it" && /^[,:]$/.test(tokens[v + 2]?.text ?? "")) return true;
  const before = tokenAt(tokens, Math.min(source.start, (tokens[v] as Token).start)) - 1;
  const prev = tokens[before];
  return (
    !!prev &&
    (closesAt(prev.end) ||
      (prev.text === "," && closesAt(tokens[before - 1]?.end ?? -1)) ||
      CLOSING.test(prev.text))
  );
}

function cue(
  verb: string,
  index: number,
  start: number,
  end: number,
  source: SourceMention,
  inverted: boolean,
): Cue {
  return { verb, index, start, end, source, inverted };
}
