import type { Span, Speaker } from "../card/card-schema.js";
import { ORG_WORDS } from "../entities/lexicon.js";
import type { PersonEntry } from "../entities/person-registry.js";
import type { SourceMention } from "../entities/source-mention.js";
import type { Resolved, Salience } from "./salience.js";

/**
 * Who "he", "she", "they" or "it" in a cue stands for: the paragraph's own subject, the latest
 * speaker, then the latest person of that gender.
 */

export const UNNAMED: Speaker = { name: null, role: null, anonymous: false };

export function pronoun(
  src: SourceMention,
  sal: Salience,
  paragraph: number,
  evidence: Span[],
): Resolved {
  const word = src.name.toLowerCase();
  // "they" stands for a group that spoke in this paragraph or the one before: one that spoke
  // further back is more often a guess (measured on PolNeAR train: of 26 "they" so named, 16
  // named the wrong group), so the speaker is left unnamed.
  if (word === "they" || word === "it") {
    const last =
      (word === "it" ? companySubject(sal, src, paragraph) : undefined) ??
      sal.spoken.findLast(
        (s) =>
          s.at < src.start &&
          (word === "they"
            ? s.resolved.group !== null && s.paragraph >= paragraph - 1
            : s.resolved.person === null && !s.resolved.speaker.anonymous),
      );
    return last
      ? { ...last.resolved, speaker: { ...last.resolved.speaker, evidence } }
      : { speaker: UNNAMED, person: null, group: null };
  }
  if (word !== "he" && word !== "she") return { speaker: UNNAMED, person: null, group: null };
  return (
    paragraphSubject(sal, src, paragraph) ??
    askedAbout(sal, src, paragraph) ??
    recentSpeaker(sal, src, paragraph) ??
    byGender(sal, src, paragraph, src.gender) ??
    byGender(sal, src, paragraph, null) ?? { speaker: UNNAMED, person: null, group: null }
  );
}

/**
 * "Trump almost seemed to agree. “…,” he said.": a person who is the subject of a sentence in
 * this paragraph, after anyone who spoke in it, outranks the speakers of the paragraph before.
 */
function paragraphSubject(sal: Salience, src: SourceMention, paragraph: number): Resolved | null {
  const spokeAt = sal.spoken.findLast((s) => s.paragraph === paragraph && s.at < src.start)?.at;
  let found: Salience["mentioned"][number] | undefined;
  for (let k = sal.mentioned.length - 1; k >= 0 && !found; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < paragraph || (spokeAt !== undefined && m.at <= spokeAt)) break;
    if (m.paragraph > paragraph || m.at >= src.start || !m.subject) continue;
    const g = m.person.gender;
    if ((g === null && humanName(m.person)) || g === src.gender) found = m;
  }
  if (!found) return null;
  const person = nearerOfGender(sal, src, paragraph, found) ?? found.person;
  return withEvidence(person, [{ start: src.start, end: src.end }]);
}

/**
 * "“…,” said Thomas. Henson, surveying his date with destiny, … “…,” he said later.": while a
 * paragraph is read its cue sources are listed after its names, so the subject found first may
 * stand before a later one of the pronoun's gender, which is the nearer antecedent.
 */
function nearerOfGender(
  sal: Salience,
  src: SourceMention,
  paragraph: number,
  found: Salience["mentioned"][number],
): PersonEntry | null {
  let nearest: Salience["mentioned"][number] | null = null;
  for (let k = sal.mentioned.length - 1; k >= 0; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < paragraph) break;
    if (m.paragraph > paragraph || !m.subject || m.at <= found.at || m.at >= src.start) continue;
    if (m.person.gender !== src.gender || !humanName(m.person)) continue;
    if (!nearest || m.at > nearest.at) nearest = m;
  }
  return nearest?.person ?? null;
}

/**
 * "Was Szlachta satisfied with Rubio's answer?¶“To a point,” he said.": after a paragraph that
 * is one question the writer asks, "he" or "she" opening the answer is the person the question
 * is about, the first it names, not the one who spoke before it.
 */
function askedAbout(sal: Salience, src: SourceMention, paragraph: number): Resolved | null {
  if (!sal.questions?.has(paragraph - 1)) return null;
  let first: Salience["mentioned"][number] | undefined;
  for (let k = sal.mentioned.length - 1; k >= 0; k--) {
    const m = sal.mentioned[k];
    if (!m || m.paragraph < paragraph - 1) break;
    if (m.paragraph === paragraph && m.at < src.start) return null;
    if (m.paragraph === paragraph - 1) first = m;
  }
  if (!first || !humanName(first.person)) return null;
  if (first.person.gender !== null && first.person.gender !== src.gender) return null;
  return withEvidence(first.person, [{ start: src.start, end: src.end }]);
}

/** The latest person who spoke in this or the previous paragraph, unless their gender rules them out. */
function recentSpeaker(sal: Salience, src: SourceMention, paragraph: number): Resolved | null {
  for (let k = sal.spoken.length - 1; k >= 0; k--) {
    const s = sal.spoken[k];
    if (!s || s.paragraph < paragraph - 1) break;
    const person = s.resolved.person;
    if (s.at >= src.start || !person || !humanName(person)) continue;
    if (person.gender === null || person.gender === src.gender)
      return withEvidence(person, [{ start: src.start, end: src.end }]);
  }
  return null;
}

/** The latest speaker (this or the previous paragraph), then the latest person mentioned, of that gender. */
function byGender(
  sal: Salience,
  src: SourceMention,
  paragraph: number,
  gender: "m" | "f" | null,
): Resolved | null {
  const evidence: Span[] = [{ start: src.start, end: src.end }];
  for (let k = sal.spoken.length - 1; k >= 0; k--) {
    const s = sal.spoken[k];
    if (!s || s.paragraph < paragraph - 1) break;
    const person = s.resolved.person;
    if (s.at < src.start && person && person.gender === gender && humanName(person))
      return withEvidence(person, evidence);
  }
  // Subjects of this and the previous paragraph first ("He currently serves as …"), then anyone.
  for (const subjectOnly of [true, false]) {
    for (let k = sal.mentioned.length - 1; k >= 0; k--) {
      const m = sal.mentioned[k];
      if (!m || (subjectOnly && m.paragraph < paragraph - 1)) break;
      if (
        m.at < src.start &&
        m.person.gender === gender &&
        humanName(m.person) &&
        (m.subject || !subjectOnly)
      )
        return withEvidence(m.person, evidence);
    }
  }
  return null;
}

/** "KING-TV", "DFER": a name with an acronym in it is an outlet or a group, never "he" or "she". */
export function humanName(person: PersonEntry): boolean {
  // "George Washington University": a given name opening an institution's name gives it no gender.
  if (ORG_WORDS.has((person.name.split(/\s+/).pop() ?? "").toLowerCase())) return false;
  if (person.gender !== null) return true;
  if (/(?:^|[\s-])\p{Lu}{2,}(?:$|[\s-])/u.test(person.name)) return false;
  // "Eurotunnel said …": one word with no title, role or gender is as likely a company.
  return /\s/.test(person.name) || person.role !== null;
}

export function withEvidence(person: PersonEntry, evidence: Span[]): Resolved {
  const antecedent = person.mentions.findLast((m) => m.start < (evidence[0]?.start ?? 0));
  return {
    speaker: personSpeaker(person, antecedent ? [...evidence, antecedent] : evidence),
    person,
    group: null,
  };
}

export function personSpeaker(p: PersonEntry, evidence: Span[]): Speaker {
  return { name: p.name, role: p.role, anonymous: false, evidence };
}

/**
 * "Continental also said that, if it did not make any cuts, it expects to lose …": a one-word
 * name with no title, role or gender, taken for a person when read, may be the company that
 * "it" stands for when it is the subject of the cue right before, in the same paragraph.
 */
function companySubject(
  sal: Salience,
  src: SourceMention,
  paragraph: number,
): Salience["spoken"][number] | undefined {
  const prior = sal.spoken.findLast((s) => s.at < src.start);
  const p = prior?.resolved.person;
  if (!prior || !p || prior.paragraph !== paragraph) return undefined;
  return !/\s/.test(p.name) && p.role === null && p.gender === null ? prior : undefined;
}
