import type { Quote } from "../card/card-schema.js";
import type { PersonRegistry } from "../entities/person-registry.js";
import { resolvePlace } from "../places/find-places.js";
import { findAskedQuestions } from "./find-asked-questions.js";
import { findPassiveViews } from "./find-passive-views.js";
import { findPollFindings } from "./find-poll-findings.js";
import { findReportedNouns } from "./find-reported-nouns.js";
import type { Para } from "./paragraph.js";
import { resolveWithGroup } from "./plural-antecedent.js";
import { quote } from "./quote-record.js";
import { resolveSource } from "./resolve-speaker.js";
import type { Resolved, Salience } from "./resolve-speaker.js";

/**
 * Reported speech found without a cue of speech: positions carried by a noun ("Trump's plan to
 * …"), questions put to someone ("Asked whether …"), poll findings ("In a Gallup poll, …") and
 * views held by no one named ("… is expected to …", "is seen as …"), each only where no report found
 * so far (`found`) covers the words already.
 */
export function furtherReports(
  text: string,
  para: Para,
  registry: PersonRegistry,
  sal: Salience,
  quoted: (pos: number) => boolean,
  found: Quote[],
): Quote[] {
  const out = reportedNouns(text, para, registry, sal, quoted, found);
  const reports = (): Quote[] => [...found, ...out].filter((q) => q.kind === "indirect");
  const covered = (start: number, end: number): boolean =>
    reports().some((q) => q.start < end && q.end > start);
  // A report inside a poll's finding ("52 percent backed the levy" → "the levy") is the
  // respondents' own, nested in it: only a report over the finding's opening takes its place.
  const coversOpening = (start: number): boolean =>
    reports().some((q) => q.start <= start && q.end > start);
  for (const asked of findAskedQuestions(text, para.tokens, quoted)) {
    if (covered(asked.content.start, asked.content.end)) continue;
    const resolved = asked.asker
      ? resolveSource(text, asked.asker, registry, sal, para.index)
      : NO_ASKER;
    out.push(quote(text, asked.content, "indirect", resolved, "asked"));
  }
  for (const poll of findPollFindings(text, para.tokens, quoted)) {
    if (coversOpening(poll.content.start)) continue;
    const resolved = resolveSource(text, poll.source, registry, sal, para.index);
    out.push(quote(text, poll.content, "indirect", resolved, "in"));
  }
  for (const view of findPassiveViews(para.tokens, quoted))
    if (!covered(view.content.start, view.content.end))
      out.push(quote(text, view.content, "indirect", NO_ASKER, view.cue));
  return out;
}

/**
 * "Trump's plan to deport …", "her refusal to testify": positions carried by a noun, held by a
 * possessor who resolves to someone (not a place: "California's plan to raise …"), and not
 * already found as reported speech.
 */
function reportedNouns(
  text: string,
  para: Para,
  registry: PersonRegistry,
  sal: Salience,
  quoted: (pos: number) => boolean,
  found: Quote[],
): Quote[] {
  const out: Quote[] = [];
  for (const r of findReportedNouns(text, para.tokens, quoted)) {
    const { start, end } = r.content;
    if (found.some((q) => q.start < end && q.end > start)) continue;
    if (resolvePlace(r.source.name) !== undefined) continue;
    const resolved = resolveWithGroup(text, para.tokens, r.source, registry, sal, para.index);
    if (resolved.rejected || resolved.speaker.name === null) continue;
    out.push(quote(text, r.content, "indirect", resolved, r.noun));
  }
  return out;
}

// "Asked whether …, Reid said": the one who asked is not named.
const NO_ASKER: Resolved = {
  speaker: { name: null, role: null, anonymous: false },
  person: null,
  group: null,
};
