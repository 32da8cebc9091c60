import type { Speaker } from "../card/card-schema.js";
import type { PersonEntry } from "../entities/person-registry.js";
import type { SourceMention } from "../entities/source-mention.js";
import type { Cue } from "./cue.js";

/** A speaker as resolved, with the person behind it when the article names one. */
export interface Resolved {
  speaker: Speaker;
  person: PersonEntry | null;
  /** The source was a plural group ("U.S. officials"): "one" may later refer to it. */
  group: SourceMention | null;
  /** The source phrase was no speaker (a place, an award): the cue attributes nothing. */
  rejected?: boolean;
}

/** A cue with its speaker resolved. */
export type ResolvedCue = Cue & { resolved: Resolved };

/** What pronoun and "one" resolution remember as the article is read. */
export interface Salience {
  /** Speakers of cues in reading order, with where they spoke. */
  spoken: Array<{ at: number; paragraph: number; resolved: Resolved }>;
  /** Person mentions in reading order. */
  mentioned: Array<{ at: number; person: PersonEntry; paragraph: number; subject: boolean }>;
  /** Paragraphs that are one question the writer asks ("Was Lee satisfied with the answer?"). */
  questions?: Set<number>;
}
