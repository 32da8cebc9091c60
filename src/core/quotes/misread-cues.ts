import type { SourceMention } from "../entities/source-mention.js";

/**
 * "cautioned against ''a betrayal of our values'' in the way the country responds": a cue's
 * subject read from inside quotation marks is quoted wording, never the one who speaks.
 */
export function sourceQuoted(
  source: SourceMention,
  inverted: boolean,
  quoted: (pos: number) => boolean,
): boolean {
  return !inverted && quoted(source.start);
}
