import { AUXILIARIES, LISTENERS } from "../lexicon/function-words.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { SAY_CONTENT_VERBS, STANCE_VERBS } from "../lexicon/reported-speech-verbs.js";
import { tokenAt } from "../text/token-at.js";
import type { Token } from "../text/tokenize.js";
import type { Resolved, ResolvedCue } from "./resolve-speaker.js";

/**
 * "I think the plan is sound", "They believe the tax will pass", "Do you think he can win?": a
 * view held by a pronoun is reported even when the pronoun names no one (the writer, an
 * interviewee, a "they" left open); its speaker stays unnamed. Not "it", and not where the
 * pronoun's clause is no statement of its own view:
 * - "Little did they know …", "do we know how hard it is": an inverted auxiliary (except
 *   "do you think …?", a question that asks for the listener's view);
 * - "she said they want a ban", "told me they believed …", with "they" left unnamed: the clause
 *   is the content of another report, found whole with its own speaker.
 */
export function heldByPronoun(tokens: Token[], cue: ResolvedCue): boolean {
  const { source } = cue;
  if (source.kind !== "pronoun" || cue.inverted) return false;
  const pronoun = source.name.toLowerCase();
  if (pronoun === "it") return false;
  const at = tokenAt(tokens, source.start);
  const before = tokens[at - 1]?.text.toLowerCase() ?? "";
  if (AUXILIARIES.has(before) && pronoun !== "you") return false;
  return cue.resolved.speaker.name !== null || !reportedBefore(tokens, at);
}

/** Whether a verb of speech or stance stands just before `at`, past "that" or a listener. */
function reportedBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = tokens[k]?.text.toLowerCase() ?? "";
    if (REPORTING_VERBS.has(w) || SAY_CONTENT_VERBS.has(w) || STANCE_VERBS.has(w)) return true;
    if (!(w === "that" || LISTENERS.has(w))) return false;
  }
  return false;
}

/**
 * "CLINTON: … I just believe that this job …": in a transcript line, "I" is the line's speaker.
 * Other cues keep their own resolution.
 */
export function withLineSpeaker(cues: ResolvedCue[], line: Resolved | null): ResolvedCue[] {
  if (!line || line.speaker.name === null) return cues;
  return cues.map((c) =>
    c.source.kind === "pronoun" && c.source.name === "I" && c.resolved.speaker.name === null
      ? { ...c, resolved: line }
      : c,
  );
}
