import type { Span } from "../card/card-schema.js";
import { genderFromName, looksLikePerson } from "../entities/find-people.js";
import { isRoleNoun } from "../entities/name-words.js";
import type { PersonEntry, PersonRegistry } from "../entities/person-registry.js";
import type { SourceMention } from "../entities/source-mention.js";
import { isReportingVerb } from "../lexicon/reporting-verbs.js";
import { keepsRank } from "./keeps-rank.js";
import { isNonSpeaker } from "./non-speaker.js";
import { resolvePlace } from "../places/find-places.js";
import { UNNAMED, humanName, personSpeaker, pronoun, withEvidence } from "./resolve-pronoun.js";
import type { Resolved, Salience } from "./salience.js";

export type { Resolved, ResolvedCue, Salience } from "./salience.js";

/** Turns a source phrase into a speaker: a named person, an organisation, or an unnamed source. */
export function resolveSource(
  text: string,
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  paragraph: number,
): Resolved {
  const evidence: Span[] = [{ start: src.start, end: src.end }];
  // "added the two-time Academy Award winner": a definite description around a capitalised
  // modifier is a person described, not the award, title or organisation it names.
  if (src.kind === "org" && describesPerson(text, src))
    return described(sal, src, paragraph, evidence);
  // "detainee 'A' in Woodhill Prison said", "in Ames, Iowa, …", "Unless …": a region, an award or a
  // function word never speaks; the subject was misread, so another strategy (or none) decides.
  if (isNonSpeaker(src, registry.find(src.name, src.start) !== null))
    return { speaker: UNNAMED, person: null, group: null, rejected: true };
  // "Washington said", "the Kremlin said": a country speaking through a metonym, not a person.
  if ((src.kind === "name" || src.kind === "org") && resolvePlace(src.name) !== undefined) {
    return {
      speaker: { name: src.name, role: null, anonymous: false, evidence },
      person: null,
      group: null,
    };
  }
  if (src.kind === "name") {
    if (looksLikePerson(src, registry) || /^\p{Lu}/u.test(src.name)) {
      const person = registry.add(
        src.name,
        { start: src.nameStart, end: src.end },
        src.role,
        src.gender ?? genderFromName(src.name),
      );
      return { speaker: personSpeaker(person, evidence), person, group: null };
    }
  }
  if (src.kind === "org")
    return {
      speaker: { name: src.name, role: null, anonymous: false, evidence },
      person: null,
      group: null,
    };
  if (src.kind === "pronoun") return pronoun(src, sal, paragraph, evidence);
  if (src.kind === "one")
    return oneOfGroup(text, src, registry, sal, paragraph) ?? one(sal, evidence);
  return description(text, src, registry, sal, paragraph, evidence);
}

// Words after "the … Award" that end the phrase rather than name its head (a reporting verb
// ends it too, checked by isReportingVerb).
const NOT_HEAD =
  /^(?:in|at|on|of|for|to|from|with|and|or|but|who|which|that|is|was|has|had|will|would)$/;

/** Whether "the <Capitalised words>" goes on with a lower-case head noun ("… winner"). */
function describesPerson(text: string, src: SourceMention): boolean {
  if (!/^the\s/i.test(text.slice(src.start, src.end))) return false;
  const head = /^\s+([a-z][a-z-]+)\b/.exec(text.slice(src.end, src.end + 30))?.[1];
  return (
    !!head &&
    !NOT_HEAD.test(head) &&
    !isReportingVerb(head) &&
    (isRoleNoun(head) || /(?:er|or|ist|ian)$/.test(head))
  );
}

/**
 * "the 36-year-old said", "the two-time winner added": a definite description with no role
 * noun stands for the person the story is about at that point: the latest person who spoke or
 * was named, in this paragraph or the one before; else nobody (the speaker is not clear).
 */
function described(
  sal: Salience,
  src: SourceMention,
  paragraph: number,
  evidence: Span[],
): Resolved {
  for (let k = sal.mentioned.length - 1; k >= 0; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < paragraph - 1) break;
    if (m.at < src.start && humanName(m.person)) return withEvidence(m.person, evidence);
  }
  return { speaker: UNNAMED, person: null, group: null };
}

function description(
  text: string,
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  paragraph: number,
  evidence: Span[],
): Resolved {
  const words = src.name.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (/^(?:the|this|that)$/i.test(words[0] ?? "") && isRoleNoun(head) && !src.plural) {
    const person = registry.findByRole(head.replace(/['’]s?$/, ""), src.start);
    if (person && keepsRank(words, person) && keepsModifiers(words, person))
      return { speaker: personSpeaker(person, evidence), person, group: null };
  }
  // "the 36-year-old", "the two-time Golden Globe winner", "the three-time champion": an age or
  // a count of wins describes the person the story is about. An office without one ("the
  // Republican nominee") was looked up by its role above and is otherwise left unnamed.
  const describedHead = /year-old$/i.test(head) || words.some((w) => /^[\w]+-time$/i.test(w));
  if (/^the$/i.test(words[0] ?? "") && !src.plural && describedHead) {
    const person = described(sal, src, paragraph, evidence);
    if (person.person) return person;
  }
  const name = text.slice(src.start, src.end);
  return {
    speaker: { name, role: null, anonymous: true, evidence },
    person: null,
    group: src.plural ? src : null,
  };
}

/**
 * "The Republican nominee" is not a Democratic vice-presidential nominee: a capitalised
 * modifier of the description (a party, a chamber, a state) must be in the person's role too.
 */
function keepsModifiers(words: string[], person: PersonEntry): boolean {
  const role = (person.role ?? "").toLowerCase().split(/[\s,-]+/);
  return words
    .slice(1, -1)
    .filter((w) => /^\p{Lu}/u.test(w))
    .every((w) => role.includes(w.toLowerCase()));
}
// "one of two witnesses who …", "one of those advisers, who …", "One of the firm's top
// executives, Ann Ruiz, …": the group a "one" belongs to, up to the clause or apposition after it.
const MEMBER_OF = /^\s+of\s+((?:[\p{L}\d’'-]+\s+){0,5}[\p{L}’'-]+)/u;
// Words that end the group's phrase: a relative clause or a preposition after its head.
const GROUP_END = /^(?:who|whom|that|which|with|at|in|on|for|from)$/i;
const OBJECT_PRONOUN = /^(?:them|us|you|these|those|theirs|ours)$/i;
// ", Ann Ruiz," after the group: the member is named.
const APPOSED_NAME = /^,\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),/u;

/**
 * The words of " of two witnesses who …" that name the group, up to a clause, a preposition,
 * a reporting verb or punctuation; with where they end in `phrase` and their last word.
 */
function groupWords(phrase: string): { end: number; head: string } | null {
  let end = -1;
  let head = "";
  for (const m of phrase.matchAll(/[\p{L}\d’'-]+|[^\s\p{L}\d’'-]/gu)) {
    const word = m[0];
    if (m.index === undefined) break;
    if (word === "of" && end < 0) continue;
    if (!/^[\p{L}\d]/u.test(word) || GROUP_END.test(word) || isReportingVerb(word)) break;
    end = m.index + word.length;
    head = word;
  }
  return end < 0 ? null : { end, head };
}

/**
 * "said one of two witnesses", "One of the firm's executives, Ann Ruiz, testified": a "one"
 * followed by the group it belongs to is that member, named by an apposition when there is one,
 * else described by the phrase itself; not the last group that spoke, which may be another.
 */
function oneOfGroup(
  text: string,
  src: SourceMention,
  registry: PersonRegistry,
  sal: Salience,
  paragraph: number,
): Resolved | null {
  const after = text.slice(src.end, src.end + 160);
  const member = MEMBER_OF.exec(after);
  const group = member ? groupWords(member[0]) : null;
  if (!group || OBJECT_PRONOUN.test(group.head)) return null;
  const end = src.end + group.end;
  const named = APPOSED_NAME.exec(text.slice(end, end + 80));
  if (named?.[1]) {
    const start = end + named[0].indexOf(named[1]);
    const name: SourceMention = {
      kind: "name",
      start,
      end: start + named[1].length,
      name: named[1],
      role: null,
      gender: null,
      plural: false,
      nameStart: start,
    };
    const resolved = resolveSource(text, name, registry, sal, paragraph);
    if (resolved.person) return resolved;
  }
  const phrase = text.slice(src.start, end);
  return {
    speaker: { name: phrase, role: null, anonymous: true, evidence: [{ start: src.start, end }] },
    person: null,
    group: null,
  };
}

/** "said one" refers back to the last group that spoke ("U.S. officials" → "a U.S. official"). */
function one(sal: Salience, evidence: Span[]): Resolved {
  const group = sal.spoken.findLast((s) => s.resolved.group !== null)?.resolved.group;
  if (!group)
    return {
      speaker: { name: "one source", role: null, anonymous: true, evidence },
      person: null,
      group: null,
    };
  return {
    speaker: {
      name: singular(group.name),
      role: null,
      anonymous: true,
      evidence: [...evidence, { start: group.start, end: group.end }],
    },
    person: null,
    group: null,
  };
}

function singular(phrase: string): string {
  // "his attorneys" → "an attorney", not "a his attorney".
  const words = phrase
    .replace(/^(?:the|some|many|several|two|three|other|his|her|their|its|our|my|your)\s+/i, "")
    .split(/\s+/);
  const head = (words.pop() ?? "").replace(/ies$/, "y").replace(/(?<!s)s$/, "");
  const np = [...words, head].join(" ");
  return `${/^[aeiou]/i.test(np) && !/^u\.s\./i.test(np) ? "an" : "a"} ${np}`;
}
