import type { SourceMention } from "../entities/source-mention.js";

/** A reporting verb (or "according to") with the phrase naming who spoke. */
export interface Cue {
  verb: string;
  /** Index of the verb in the paragraph's tokens. */
  index: number;
  start: number;
  end: number;
  source: SourceMention;
  /** The source follows the verb ("said Mr Blair", "according to X"). */
  inverted: boolean;
}
